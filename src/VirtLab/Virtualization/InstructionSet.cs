namespace VirtLab.Virtualization;

/// <summary>A set of instructions and the Popek–Goldberg test of whether it can be virtualized by trap-and-emulate.</summary>
public sealed class InstructionSet
{
    private readonly Dictionary<string, Instruction> _byName;

    /// <summary>Creates an instruction set.</summary>
    /// <exception cref="ArgumentException">Empty, or two instructions share a name.</exception>
    public InstructionSet(string name, IEnumerable<Instruction> instructions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(instructions);
        Name = name;
        Instructions = instructions.ToList();
        if (Instructions.Count == 0)
        {
            throw new ArgumentException("An instruction set needs at least one instruction.", nameof(instructions));
        }

        _byName = new Dictionary<string, Instruction>(StringComparer.OrdinalIgnoreCase);
        foreach (var instruction in Instructions)
        {
            if (!_byName.TryAdd(instruction.Name, instruction))
            {
                throw new ArgumentException($"Instruction '{instruction.Name}' appears twice.", nameof(instructions));
            }
        }
    }

    /// <summary>The name, e.g. <c>x86 (pre-VT)</c>.</summary>
    public string Name { get; }

    /// <summary>The instructions.</summary>
    public IReadOnlyList<Instruction> Instructions { get; }

    /// <summary>Sensitive instructions that do not trap in user mode: each one breaks trap-and-emulate.</summary>
    public IReadOnlyList<Instruction> VirtualizationHoles => Instructions.Where(i => i.IsVirtualizationHole).ToList();

    /// <summary>
    /// Popek and Goldberg's Theorem 1: a VMM can be built by trap-and-emulate if the sensitive instructions
    /// are a subset of the privileged ones.
    /// </summary>
    public bool IsClassicallyVirtualizable => VirtualizationHoles.Count == 0;

    /// <summary>Looks up an instruction by mnemonic.</summary>
    /// <exception cref="KeyNotFoundException">No such instruction; the message lists the known ones.</exception>
    public Instruction this[string name] =>
        _byName.TryGetValue(name, out var instruction)
            ? instruction
            : throw new KeyNotFoundException($"'{name}' is not an instruction of {Name}. Known: {string.Join(", ", _byName.Keys)}.");

    /// <summary>
    /// A small x86 subset before VT-x, with the sensitive-but-unprivileged instructions Robin and Irvine found, and
    /// which of them cause a VM exit in VT-x guest mode (<see cref="Instruction.ExitsInGuestMode"/>).
    /// </summary>
    /// <remarks>
    /// Sources: J. S. Robin and C. E. Irvine, "Analysis of the Intel Pentium's ability to support a secure
    /// virtual machine monitor", USENIX Security Symposium, 2000 (17 such instructions, among them SGDT,
    /// SIDT, SLDT, SMSW, PUSHF, POPF, LAR, LSL, VERR, VERW, STR and moves of segment registers).
    /// VM exits: Intel SDM Vol. 3C, "VMX Non-Root Operation" (ch. 25 in the 2016 edition). HLT exits when "HLT exiting"
    /// is 1 and OUT when "unconditional I/O exiting" or the I/O bitmap says so (both set by KVM); MOV to CR3 exits
    /// when "CR3-load exiting" is 1, the only setting the first VT-x processors supported (no EPT before 2008).
    /// CLI, STI, POPF and PUSHF never cause VM exits; LGDT, SGDT, SIDT and STR only with "descriptor-table exiting"
    /// (normally 0); SMSW reads the CR0 read shadow without an exit.
    /// </remarks>
    public static InstructionSet X86Legacy { get; } = new("x86 (before VT-x)",
    [
        new("ADD", false, false, "adds two registers"),
        new("MOV", false, false, "copies a value between registers and memory"),
        new("JMP", false, false, "jumps within the same privilege level"),
        new("HLT", true, true, "halts the CPU until an interrupt", ExitsInGuestMode: true),
        new("CLI", true, true, "disables interrupts"),
        new("STI", true, true, "enables interrupts"),
        new("LGDT", true, true, "loads the global descriptor table register"),
        new("MOV CR3", true, true, "switches page tables (address space)", ExitsInGuestMode: true),
        new("OUT", true, true, "writes to an I/O port", ExitsInGuestMode: true),
        new("POPF", false, true, "pops flags; in user mode the interrupt flag change is silently ignored"),
        new("PUSHF", false, true, "pushes flags, revealing the real interrupt flag"),
        new("SGDT", false, true, "stores the GDT register, revealing the host's table"),
        new("SIDT", false, true, "stores the IDT register, revealing the host's table"),
        new("SMSW", false, true, "stores the machine status word, revealing real CR0 bits"),
        new("STR", false, true, "stores the task register"),
    ]);

    /// <summary>
    /// The same subset seen from VT-x / AMD-V guest mode, in Popek and Goldberg's terms: no sensitive instruction is a
    /// hole any more, because each one either causes a VM exit or acts on the guest's own copy of the state. The set
    /// therefore behaves as if every sensitive instruction were privileged (Theorem 1 holds).
    /// </summary>
    /// <remarks>Source: Intel SDM Vol. 3C, "VMX Non-Root Operation" (ch. 25 in the 2016 edition).</remarks>
    public static InstructionSet X86WithVtx { get; } = new("x86 with VT-x",
        X86Legacy.Instructions.Select(i => i.IsSensitive ? i with { IsPrivileged = true } : i));
}

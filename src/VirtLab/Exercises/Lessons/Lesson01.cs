using VirtLab.Data;
using VirtLab.Virtualization;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>01-what-is-virtualization.ipynb</c>.</summary>
internal sealed class Lesson01 : ILessonExercises
{
    public string Notebook => "01-what-is-virtualization";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Integer(
            "01.1", "silent errors of the second guest kernel",
            expected: () => Vmm.Run(InstructionSet.X86Legacy, VirtualizationTechnique.TrapAndEmulate, ["PUSHF", "MOV", "SIDT", "OUT", "SMSW", "ADD", "STR"]).SilentErrors,
            hints:
            [
                "An instruction misbehaves silently when it is sensitive but not privileged: it runs in user mode without trapping.",
                "Look each instruction up in the table of InstructionSet.X86Legacy (IsPrivileged, IsSensitive, Hole); count the holes.",
            ],
            explanation: "PUSHF, SIDT, SMSW and STR are sensitive but unprivileged (Robin and Irvine 2000): they run without trapping and show the guest "
                + "the real flags, IDT register, CR0 bits and task register. OUT is privileged, so it traps and is emulated; MOV and ADD are innocuous. 4 holes.",
            source: "Vmm.Run on InstructionSet.X86Legacy (Popek and Goldberg 1974; Robin and Irvine, USENIX Security 2000)",
            wrong: 5),
        Exercise.Integer<IReadOnlyList<TimelineEntry>>(
            "01.2", "first hardware-assisted system in the timeline",
            expected: timeline => timeline.Where(e => e.Category == "Hardware-assisted virtualization").Min(e => e.Year),
            hints:
            [
                "Keep only the entries whose Category is \"Hardware-assisted virtualization\", then take the smallest Year.",
                "With LINQ: timeline.Where(e => e.Category == ...).Min(e => e.Year). VMware's binary translation (1999) is full virtualization, not hardware-assisted.",
            ],
            explanation: "Intel shipped VT-x in 2005 (AMD-V followed in 2006): 33 years after VM/370 had hardware that trapped properly. "
                + "Until then, binary translation (1999) and paravirtualization (2003) made x86 virtualizable in software.",
            source: "data/virtualization-timeline.csv (each row cites its source; VT-x: Intel, 2005)",
            wrong: 1999,
            sample:
            [
                new TimelineEntry(1999, "VMware Workstation", "VMware", "Full virtualization", "binary translation", new Uri("https://example.org/vmware")),
                new TimelineEntry(2006, "AMD-V", "AMD", "Hardware-assisted virtualization", "SVM", new Uri("https://example.org/amdv")),
                new TimelineEntry(2005, "Intel VT-x", "Intel", "Hardware-assisted virtualization", "VMX", new Uri("https://example.org/vtx")),
            ]),
        Exercise.Number<IReadOnlyList<double>>(
            "01.3", "90th percentile of the start latencies (nearest rank)",
            expected: NearestRankP90,
            tolerance: 1e-9,
            hints:
            [
                "Sort the values from fastest to slowest. The nearest-rank 90th percentile is the value at rank ceil(0.9 * n), counting from 1.",
                "With n = latencies.Count values: latencies.OrderBy(x => x).ElementAt((int)Math.Ceiling(0.9 * n) - 1). Ranks start at 1, indexes at 0.",
            ],
            explanation: "Nearest rank: with 20 values, rank ceil(0.9 * 20) = 18, so the 18th fastest start. Nine in ten containers started at least that fast; "
                + "the gap between it and the median is the tail a batch of starts waits for.",
            source: "nearest-rank percentile (NIST/SEMATECH e-Handbook of Statistical Methods, 'Percentiles') of the latencies measured in the notebook",
            wrong: 110,
            sample: [90, 95, 100, 100, 105, 110, 120, 130, 150, 400],
            diagnose: null),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "01.p1", "instructions of guestKernel that cause a VM exit under hardware assistance", relativeTolerance: 0,
            why: "In VMX non-root operation CLI, STI, POPF and SGDT act on the guest's own flags and registers and never exit; "
                + "only HLT exits (\"HLT exiting\" is set so the VMM can run another guest). MOV and ADD are innocuous (Intel SDM Vol. 3C, VMX Non-Root Operation).",
            ifTooHigh: "Guest mode is not trap-and-emulate: the guest's own copy of the interrupt flag and descriptor registers lets those instructions run without the VMM.",
            ifTooLow: "HLT must reach the VMM: a halted guest CPU gives its physical CPU back to the hypervisor."),
        new PredictionTopic(
            "01.p2", "median container start latency, create to first output, in ms", relativeTolerance: 0.5,
            why: "No kernel boots: the engine creates namespaces and cgroups, sets up the root file system and starts one process. "
                + "Most of the time goes to the engine and runtime (API calls, runc), not to the container itself.",
            ifTooHigh: "A container is a process on the host kernel, so there is nothing like a VM's boot: seconds would be VM territory.",
            ifTooLow: "A plain fork and exec takes about a millisecond, but the engine, runc and the cgroup and namespace setup add far more, "
                + "and on a busy machine (a shared CI host, a laptop on battery) they slow down further."),
    ];

    private static double NearestRankP90(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("There are no latencies to take a percentile of: run the measurement cell first.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Ceiling(0.9 * sorted.Length) - 1];
    }
}

namespace VirtLab.Machines.Guest;

/// <summary>Resolves kernel modules and their dependencies from a <c>modules.dep</c> file, in load order.</summary>
/// <remarks>
/// Format (kmod, <c>man 5 modules.dep</c>): one line per module, <c>path: dep1 dep2 …</c>, paths relative to
/// <c>/lib/modules/&lt;release&gt;</c>, where each dependency list is already in the order <c>modprobe</c> would
/// load them last-first. This class loads dependencies before dependants (a depth-first walk), which needs no
/// assumption about that order.
/// </remarks>
public sealed class KernelModules
{
    private readonly Dictionary<string, string[]> _dependencies;
    private readonly Dictionary<string, string> _pathByName;

    private KernelModules(Dictionary<string, string[]> dependencies)
    {
        _dependencies = dependencies;
        _pathByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in dependencies.Keys)
        {
            _pathByName[NameOf(path)] = path;
        }
    }

    /// <summary>Parses the text of a <c>modules.dep</c> file.</summary>
    /// <exception cref="FormatException">A line has no ':'.</exception>
    public static KernelModules Parse(string modulesDep)
    {
        ArgumentNullException.ThrowIfNull(modulesDep);
        var dependencies = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in modulesDep.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new FormatException($"modules.dep line {lineNumber} has no 'module: dependencies' form: '{line}'.");
            }
            dependencies[line[..colon]] = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return new KernelModules(dependencies);
    }

    /// <summary>Reads <c>&lt;modulesDirectory&gt;/modules.dep</c>.</summary>
    public static KernelModules Load(string modulesDirectory)
    {
        var file = Path.Combine(modulesDirectory, "modules.dep");
        if (!File.Exists(file))
        {
            throw new QemuNotFoundException(
                $"{file} not found: the guest needs the kernel's modules; install them with apt-get install linux-image-amd64.");
        }
        return Parse(File.ReadAllText(file));
    }

    /// <summary>True when a module with this name (e.g. <c>virtio_balloon</c>) is listed.</summary>
    public bool Contains(string name) => _pathByName.ContainsKey(Normalize(name));

    /// <summary>The relative paths of the named modules and all their dependencies, dependencies first, each once.</summary>
    /// <param name="names">Module names such as <c>virtio_balloon</c> (dashes and underscores are the same).</param>
    /// <exception cref="ArgumentException">A module is not in modules.dep (built in, or absent from this kernel).</exception>
    public IReadOnlyList<string> ResolveLoadOrder(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!_pathByName.TryGetValue(Normalize(name), out var path))
            {
                throw new ArgumentException(
                    $"Module '{name}' is not in modules.dep: it is built into this kernel or missing from it.", nameof(names));
            }
            Visit(path, order, seen);
        }
        return order;
    }

    /// <summary>The module name of a path: <c>kernel/drivers/virtio/virtio_balloon.ko</c> gives <c>virtio_balloon</c>.</summary>
    public static string NameOf(string path)
    {
        var file = Path.GetFileName(path);
        var dot = file.IndexOf(".ko", StringComparison.Ordinal);
        return Normalize(dot > 0 ? file[..dot] : file);
    }

    private void Visit(string path, List<string> order, HashSet<string> seen)
    {
        if (!seen.Add(path))
        {
            return;
        }
        foreach (var dependency in _dependencies.GetValueOrDefault(path, []))
        {
            Visit(dependency, order, seen);
        }
        order.Add(path);
    }

    private static string Normalize(string name) => name.Replace('-', '_');
}

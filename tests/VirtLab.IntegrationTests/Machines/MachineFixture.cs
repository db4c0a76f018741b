using VirtLab.Machines;

namespace VirtLab.IntegrationTests.Machines;

/// <summary>One booted TCG guest (256 MiB, balloon, 64 MiB qcow2 disk) shared by the tests of the "Machines" collection.
/// On dispose it powers the guest off and asserts that no QEMU process started by this test run is left.</summary>
public sealed class MachineFixture : IAsyncLifetime
{
    private readonly HashSet<int> _before = [];
    private VirtualMachine? _machine;

    public VirtualMachine Machine => _machine ?? throw new InvalidOperationException("The shared machine did not start.");

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("VIRTLAB_SKIP_QEMU") == "1")
        {
            return;
        }
        QemuRequirement.EnsureInstalled();
        _before.UnionWith(QemuRequirement.VirtLabQemuProcesses());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _machine = await VirtualMachine.StartNewAsync(new MachineOptions
        {
            Name = "it-shared", Accelerator = AcceleratorKind.Tcg, DiskSizeMiB = 64,
        }, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_machine is null)
        {
            return;
        }
        var directory = _machine.StateDirectory;
        await _machine.DisposeAsync();
        var left = QemuRequirement.VirtLabQemuProcesses().Where(pid => !_before.Contains(pid)).ToList();
        if (left.Count > 0)
        {
            throw new InvalidOperationException($"QEMU processes left behind by the machine tests: {string.Join(", ", left)}");
        }
        if (Directory.Exists(directory))
        {
            throw new InvalidOperationException($"The shared machine's state folder was not removed: {directory}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MachineCollection : ICollectionFixture<MachineFixture>
{
    public const string Name = "Machines";
}

using System.Diagnostics;
using VirtLab.Containers.Lab;

namespace VirtLab.Tests.Containers;

public sealed class LabCreatorTests
{
    [Fact]
    public void This_process_is_alive_and_labels_what_it_creates()
    {
        Assert.True(LabCreator.IsAlive(LabCreator.Current));
        Assert.Equal(LabCreator.Current, LabLabels.For("abc")[LabLabels.Creator]);
        Assert.StartsWith($"{Environment.MachineName}:{Environment.ProcessId}:", LabCreator.Current, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exited_process_is_dead_even_when_its_pid_is_reused()
    {
        using var child = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        var start = child.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
        var label = LabCreator.Format(Environment.MachineName, child.Id, start);
        child.WaitForExit();

        Assert.False(LabCreator.IsAlive(label));
        // Same pid as this process but another start time: a reused pid, not the creator.
        Assert.False(LabCreator.IsAlive(LabCreator.Format(Environment.MachineName, Environment.ProcessId, 1)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("host-only")]
    [InlineData("h:notapid:1")]
    public void An_unknown_creator_is_not_alive(string? label) => Assert.False(LabCreator.IsAlive(label));

    [Fact]
    public void A_creator_on_another_machine_is_kept_because_it_cannot_be_checked() =>
        Assert.True(LabCreator.IsAlive(LabCreator.Format("some-other-host-" + Guid.NewGuid().ToString("N"), 1, 1)));
}

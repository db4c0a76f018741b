using VirtLab.Machines.Qmp;

namespace VirtLab.Tests.Machines.Qmp;

public sealed class HumanMonitorOperationsTests
{
    [Fact] // HMP reports failure as text in a successful reply (docker-and-qmp.md §8.2)
    public void Text_starting_with_Error_becomes_a_QmpException()
    {
        var error = Assert.Throws<QmpException>(() =>
            HumanMonitorOperations.ThrowIfError("savevm s1", "Error: no block device can store vmstate for snapshot\r\n"));
        Assert.Equal("HumanMonitorError", error.ErrorClass);
        Assert.Equal("Error: no block device can store vmstate for snapshot", error.Description);
        Assert.Contains("savevm s1", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("List of snapshots present on all disks:\r\nID  TAG ...\r\n")]
    public void Other_text_is_a_success(string text) => HumanMonitorOperations.ThrowIfError("info snapshots", text);
}

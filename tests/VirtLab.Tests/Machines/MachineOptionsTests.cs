using VirtLab.Machines;

namespace VirtLab.Tests.Machines;

public sealed class MachineOptionsTests
{
    [Fact]
    public void Defaults_are_valid() => new MachineOptions().Validate();

    [Theory]
    [InlineData("has space")]
    [InlineData("comma,name")]
    [InlineData("")]
    public void Refuses_names_QEMU_or_the_state_folder_cannot_take(string name) =>
        Assert.Equal("Name", Assert.Throws<ArgumentException>(() => new MachineOptions { Name = name }.Validate()).ParamName);

    [Fact]
    public void Refuses_out_of_range_sizes()
    {
        Assert.Equal("MemoryMiB", Assert.Throws<ArgumentOutOfRangeException>(() => new MachineOptions { MemoryMiB = 32 }.Validate()).ParamName);
        Assert.Equal("Cpus", Assert.Throws<ArgumentOutOfRangeException>(() => new MachineOptions { Cpus = 0 }.Validate()).ParamName);
        Assert.Equal("DiskSizeMiB", Assert.Throws<ArgumentOutOfRangeException>(() => new MachineOptions { DiskSizeMiB = 0 }.Validate()).ParamName);
        Assert.Equal("BootTimeout", Assert.Throws<ArgumentOutOfRangeException>(() => new MachineOptions { BootTimeout = TimeSpan.Zero }.Validate()).ParamName);
    }
}

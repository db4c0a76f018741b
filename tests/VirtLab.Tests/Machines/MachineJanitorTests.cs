using VirtLab.Machines;

namespace VirtLab.Tests.Machines;

public sealed class MachineJanitorTests
{
    private const string Folder = "/tmp/virtlab-machines/vms/vm-1234abcd";

    [Fact]
    public void Recognises_a_VirtLab_QEMU_by_program_name_and_its_folder_in_an_argument()
    {
        Assert.True(MachineJanitor.IsVirtLabQemuCommandLine(
            ["/usr/bin/qemu-system-x86_64", "-name", "vm", "-qmp", $"unix:{Folder}/qmp.sock,server=on,wait=off"], Folder));
    }

    [Fact]
    public void Never_matches_another_QEMU_another_folder_or_another_program()
    {
        Assert.False(MachineJanitor.IsVirtLabQemuCommandLine(
            ["/usr/bin/qemu-system-x86_64", "-qmp", "unix:/var/lib/libvirt/qemu/x.sock,server=on"], Folder));
        Assert.False(MachineJanitor.IsVirtLabQemuCommandLine(
            ["/usr/bin/qemu-system-x86_64", "-qmp", $"unix:{Folder}0/qmp.sock"], Folder)); // vm-1234abcd0 is a different folder
        Assert.False(MachineJanitor.IsVirtLabQemuCommandLine(["/bin/sleep", $"{Folder}/qmp.sock"], Folder));
        Assert.False(MachineJanitor.IsVirtLabQemuCommandLine([], Folder));
    }
}

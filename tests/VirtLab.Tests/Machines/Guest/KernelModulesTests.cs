using VirtLab.Machines.Guest;

namespace VirtLab.Tests.Machines.Guest;

public sealed class KernelModulesTests
{
    // Lines copied from Debian 12's /lib/modules/6.1.0-*-amd64/modules.dep
    private const string ModulesDep = """
        kernel/drivers/virtio/virtio.ko: kernel/drivers/virtio/virtio_ring.ko
        kernel/drivers/virtio/virtio_ring.ko:
        kernel/drivers/virtio/virtio_pci_modern_dev.ko:
        kernel/drivers/virtio/virtio_pci_legacy_dev.ko:
        kernel/drivers/virtio/virtio_pci.ko: kernel/drivers/virtio/virtio_pci_legacy_dev.ko kernel/drivers/virtio/virtio_pci_modern_dev.ko kernel/drivers/virtio/virtio.ko kernel/drivers/virtio/virtio_ring.ko
        kernel/drivers/virtio/virtio_balloon.ko: kernel/drivers/virtio/virtio.ko kernel/drivers/virtio/virtio_ring.ko
        kernel/drivers/acpi/button.ko:
        kernel/drivers/char/hw_random/virtio-rng.ko: kernel/drivers/virtio/virtio.ko kernel/drivers/virtio/virtio_ring.ko
        """;

    [Fact]
    public void Resolves_dependencies_first_and_each_module_once()
    {
        var order = KernelModules.Parse(ModulesDep).ResolveLoadOrder(["virtio_pci", "virtio_balloon", "button"]);
        var names = order.Select(KernelModules.NameOf).ToList();
        Assert.Equal(names.Distinct(), names);
        Assert.True(names.IndexOf("virtio_ring") < names.IndexOf("virtio"));
        Assert.True(names.IndexOf("virtio") < names.IndexOf("virtio_pci"));
        Assert.True(names.IndexOf("virtio_pci_legacy_dev") < names.IndexOf("virtio_pci"));
        Assert.True(names.IndexOf("virtio") < names.IndexOf("virtio_balloon"));
        Assert.Equal(7, names.Count);
        Assert.Equal("kernel/drivers/acpi/button.ko", order[^1]);
    }

    [Fact]
    public void Dashes_and_underscores_name_the_same_module()
    {
        var modules = KernelModules.Parse(ModulesDep);
        Assert.True(modules.Contains("virtio_rng"));
        Assert.True(modules.Contains("virtio-balloon"));
        Assert.Equal("virtio_rng", KernelModules.NameOf("kernel/drivers/char/hw_random/virtio-rng.ko.xz"));
    }

    [Fact]
    public void Unknown_modules_and_malformed_lines_are_refused()
    {
        var modules = KernelModules.Parse(ModulesDep);
        var error = Assert.Throws<ArgumentException>(() => modules.ResolveLoadOrder(["serial_8250"]));
        Assert.Equal("names", error.ParamName);
        Assert.Contains("built into this kernel", error.Message);
        Assert.Throws<FormatException>(() => KernelModules.Parse("no colon here"));
    }
}

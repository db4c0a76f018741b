using VirtLab.Data;

namespace VirtLab.Tests.Data;

public sealed class CsvTests
{
    [Fact]
    public void Reads_quotes_commas_and_line_breaks_inside_fields()
    {
        var records = Csv.Parse("a,b\n1,\"x, \"\"y\"\"\nz\"\r\n2,plain\n");
        Assert.Equal(2, records.Count);
        Assert.Equal("x, \"y\"\nz", records[0]["b"]);
        Assert.Equal("plain", records[1]["B"]);
    }

    [Fact]
    public void A_short_row_names_its_line()
    {
        var ex = Assert.Throws<FormatException>(() => Csv.Parse("a,b\n1,2\n3\n", "t.csv"));
        Assert.Contains("t.csv, line 3", ex.Message);
        Assert.Throws<FormatException>(() => Csv.Parse("a\n\"open\n"));
    }

    [Fact]
    public void The_repository_timeline_loads_with_a_source_on_every_row()
    {
        var path = Path.Combine(RepositoryPaths.Root, "data", "virtualization-timeline.csv");
        var timeline = TimelineEntry.Load(path);
        Assert.True(timeline.Count >= 15);
        Assert.All(timeline, e => Assert.True(e.Source.Scheme is "https" or "http"));
        foreach (var system in new[] { "VM/370", "Xen", "KVM", "Docker", "Kubernetes", "Firecracker", "VirtualBox", "Hyper-V", "VMware vSphere", "LXC" })
        {
            Assert.Contains(timeline, e => e.System == system);
        }

        Assert.Equal(timeline.OrderBy(e => e.Year).Select(e => e.System), timeline.Select(e => e.System));
    }
}

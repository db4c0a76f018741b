using System.Text.Json;
using VirtLab.Machines.Qmp;

namespace VirtLab.Tests.Machines.Qmp;

public sealed class MigrationResponseTests
{
    [Fact] // shape of a completed query-migrate reply from QEMU 7.2 (qapi/migration.json MigrationInfo)
    public void Reads_the_completed_statistics()
    {
        var reply = JsonDocument.Parse("""
            {"expected-downtime": 20, "status": "completed", "setup-time": 3, "total-time": 2030, "downtime": 23,
             "ram": {"total": 268967936, "postcopy-requests": 0, "dirty-sync-count": 7, "multifd-bytes": 0,
                     "pages-per-second": 8200, "downtime-bytes": 1048576, "page-size": 4096, "remaining": 0,
                     "postcopy-bytes": 0, "mbps": 272.3, "transferred": 68700000, "dirty-sync-missed-zero-copy": 0,
                     "precopy-bytes": 67000000, "duplicate": 48000, "dirty-pages-rate": 120, "skipped": 0,
                     "normal-bytes": 66000000, "normal": 16113}}
            """).RootElement;
        var response = MigrationResponse.FromJson(reply);
        Assert.Equal("completed", response.Status);
        Assert.Equal(2030, response.TotalTimeMilliseconds);
        Assert.Equal(23, response.DowntimeMilliseconds);
        Assert.Equal(68_700_000, response.TransferredBytes);
        Assert.Equal(7, response.DirtySyncCount);
        Assert.Equal(120, response.DirtyPagesRate);
        Assert.Equal(272.3, response.Mbps, 6);
        Assert.Equal(48000, response.DuplicatePages);
        Assert.Null(response.ErrorDescription);
        Assert.Contains("rounds (dirty-sync-count) 7", response.ToString());
        Assert.Contains("<table>", response.ToHtml());
    }

    [Fact] // observed failure reply: migrating to a closed port (docker-and-qmp.md §8.3)
    public void Reads_a_failure_without_ram_statistics()
    {
        var reply = JsonDocument.Parse("""{"status": "failed", "error-desc": "Failed to connect to '127.0.0.1:9': Connection refused"}""").RootElement;
        var response = MigrationResponse.FromJson(reply);
        Assert.Equal("failed", response.Status);
        Assert.Equal(0, response.TransferredBytes);
        Assert.Null(response.DowntimeMilliseconds);
        Assert.Contains("Connection refused", response.ErrorDescription);
    }

    [Fact]
    public void Migration_parameters_refuse_values_QEMU_would_refuse()
    {
        Assert.Equal("MaxBandwidthBytesPerSecond",
            Assert.Throws<ArgumentOutOfRangeException>(() => new MigrationParameters(0, null).Validate()).ParamName);
        Assert.Equal("DowntimeLimitMilliseconds",
            Assert.Throws<ArgumentOutOfRangeException>(() => new MigrationParameters(null, 2_000_001).Validate()).ParamName);
        new MigrationParameters(32L << 20, 20).Validate();
    }
}

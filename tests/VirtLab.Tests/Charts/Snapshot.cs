namespace VirtLab.Tests.Charts;

/// <summary>
/// Compares text with a checked-in <c>Snapshots/NAME.verified.json</c>. A missing snapshot is written and the test
/// fails (review it, then commit); set VIRTLAB_UPDATE_SNAPSHOTS=1 to rewrite snapshots on purpose.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Folder(), name + ".verified.json");
        actual = actual.ReplaceLineEndings("\n") + "\n";
        if (!File.Exists(path) || Environment.GetEnvironmentVariable("VIRTLAB_UPDATE_SNAPSHOTS") == "1")
        {
            var existed = File.Exists(path);
            File.WriteAllText(path, actual);
            if (!existed)
            {
                Assert.Fail($"Snapshot {path} was missing and has been written; review and commit it.");
            }

            return;
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VirtLab.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "VirtLab.Tests", "Charts", "Snapshots");
            }
        }

        throw new InvalidOperationException("VirtLab.sln not found.");
    }
}

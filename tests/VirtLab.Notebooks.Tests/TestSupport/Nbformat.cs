using System.Diagnostics;

namespace VirtLab.Notebooks.Tests.TestSupport;

/// <summary>Calls Debian's python3-nbformat, the reference reader and writer.</summary>
internal static class Nbformat
{
    private const string Python = "/usr/bin/python3";

    /// <summary>Fails the test unless nbformat validates the file.</summary>
    public static void Validate(string path) =>
        Run("import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path);

    /// <summary>Reads <paramref name="path"/> with nbformat and writes it to <paramref name="target"/> with nbformat.write.</summary>
    public static void Rewrite(string path, string target) =>
        Run("import nbformat,sys; nbformat.write(nbformat.read(sys.argv[1], as_version=4), sys.argv[2])", path, target);

    private static void Run(string script, params string[] args)
    {
        if (!File.Exists(Python))
        {
            Assert.Fail($"{Python} is missing: install it with 'apt-get install -y python3 python3-nbformat'.");
        }

        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (stderr.Contains("No module named 'nbformat'", StringComparison.Ordinal))
        {
            Assert.Fail("python3-nbformat is missing: install it with 'apt-get install -y python3-nbformat'.");
        }

        Assert.True(process.ExitCode == 0, $"nbformat rejected {args[0]}:\n{stderr}");
    }
}

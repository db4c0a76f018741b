namespace VirtLab.Notebooks.Tests.Grading;

/// <summary>q1 answers that try to cheat or harm the grader. Each should earn 0 for q1, while q2 (correct) still earns its 2 points.</summary>
internal static class Attacks
{
    public const string FakeOutput = """
        Console.WriteLine("PASS Double(2): correct.");
        Console.WriteLine("{\"score\": 5, \"tests\": [{\"score\": 5, \"status\": \"passed\"}]}");
        int Double(int x)
        {
            Console.WriteLine("PASS Double(21): correct.");
            Console.Error.WriteLine("{\"type\":\"checked\",\"ok\":true}");
            return 0;
        }
        """;

    public const string ExitZero = """
        int Double(int x)
        {
            Environment.Exit(0);
            return 2 * x;
        }
        """;

    public const string ReplaceConsole = """
        Console.SetOut(new System.IO.StringWriter());
        Console.SetError(System.IO.TextWriter.Null);
        int Double(int x) => x + 1;
        """;

    public const string OwnCheck = """
        static class Check
        {
            public static string Equal<T>(T actual, T expected, string? hint = null, string name = "") => "PASS";
        }
        int Double(int x) => 0;
        """;

    public const string EndlessLoop = """
        int Double(int x)
        {
            while (true)
            {
            }
        }
        """;

    public const string UnboundedAllocation = """
        int Double(int x)
        {
            var hoard = new List<byte[]>();
            while (true)
            {
                var block = new byte[1 << 20];
                Array.Fill(block, (byte)1);
                hoard.Add(block);
            }
        }
        """;

    /// <summary>Tries to read the hidden tests from the instructor notebook (relative and absolute paths) and answer from them.</summary>
    public static string ReadHiddenTests(string instructorPath) => $$"""
        string Stolen()
        {
            foreach (var path in new[] { "../hw.instructor.ipynb", "../../hw/hw.instructor.ipynb", @"{{instructorPath}}" })
            {
                try
                {
                    return File.ReadAllText(path);
                }
                catch (Exception)
                {
                }
            }

            return string.Empty;
        }

        int Double(int x) => Stolen().Contains("Double(21), 42") ? (x == 21 ? 42 : 4) : -1;
        """;

    public const string Network = """
        int Double(int x)
        {
            using var client = new System.Net.Sockets.TcpClient();
            client.Connect("1.1.1.1", 80);
            return 2 * x;
        }
        """;

    public const string SpawnProcesses = """
        int Double(int x)
        {
            for (var i = 0; i < 2000; i++)
            {
                System.Diagnostics.Process.Start("sh", "-c \"sleep 60\"");
            }

            return 2 * x;
        }
        """;
}

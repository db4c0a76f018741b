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

    /// <summary>A value equal to everything, convertible from int: on the old grader Check.Equal inferred T = Any and passed.</summary>
    public const string EqualToEverything = """
        class Any
        {
            public static implicit operator Any(int value) => new();
            public override bool Equals(object? other) => true;
            public override int GetHashCode() => 0;
        }

        Any Double(int x) => new();
        """;

    /// <summary>Claims check values by calling the recorder itself: extra, out-of-order records.</summary>
    public const string ForgedRecords = """
        int Double(int x)
        {
            VirtLab.Notebooks.Grading.CheckRecorder.Actual(0, 4);
            VirtLab.Notebooks.Grading.CheckRecorder.Actual(0, 42);
            return 0;
        }
        """;

    /// <summary>Connects to any worker socket it can find (its own or a sibling's) and "passes" when that works.</summary>
    public const string ConnectToWorkerSockets = """
        bool Connected()
        {
            foreach (var folder in new[] { "..", "/ipc", System.IO.Path.GetTempPath() })
            {
                IEnumerable<string> sockets;
                try
                {
                    sockets = Directory.EnumerateFiles(folder, "*.sock", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).ToList();
                }
                catch (Exception)
                {
                    continue;
                }

                foreach (var path in sockets)
                {
                    try
                    {
                        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
                        socket.Connect(new System.Net.Sockets.UnixDomainSocketEndPoint(path));
                        return true;
                    }
                    catch (Exception)
                    {
                    }
                }
            }

            return false;
        }

        int Double(int x) => Connected() ? 2 * x : -1;
        """;

    /// <summary>Puts the hidden test's input into an exception message, hoping the feedback shows it.</summary>
    public const string LeakHiddenInput = """
        int Double(int x) => x == 2 ? 4 : throw new InvalidOperationException($"the hidden input was {x}");
        """;

    /// <summary>Leaves a background process behind (marker: its sleep duration).</summary>
    public static string Orphan(string marker) => $$"""
        int Double(int x)
        {
            System.Diagnostics.Process.Start("sh", new[] { "-c", "sleep {{marker}} > /dev/null 2>&1 &" })!.WaitForExit();
            return 2 * x;
        }
        """;
}

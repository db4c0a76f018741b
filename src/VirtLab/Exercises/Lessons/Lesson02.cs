using VirtLab.Containers.Lab;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises of <c>02-containers-hands-on.ipynb</c>.</summary>
internal sealed class Lesson02 : ILessonExercises
{
    /// <summary>SIGKILL's number (POSIX; <c>kill -l</c>).</summary>
    private const int SigKill = 9;

    public string Notebook => "02-containers-hands-on";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Text<LabContainer>(
            "02.1", "the web server's host name",
            expected: web => web.Id[..12],
            hints:
            [
                "Run the command inside the container: (await lab.ExecAsync(web, \"hostname\")).Stdout, and look at what comes back.",
                "The output ends with a newline; .Trim() removes it. Compare what you get with the first characters of web.Id.",
            ],
            explanation: "Unless you pass --hostname, Docker names the container's UTS namespace after the first 12 hex digits of its id. "
                + "The process inside sees its own host name; the host keeps its own (namespaces isolate what a process can see).",
            source: "Docker docs, 'docker container run' --hostname (defaults to the short container id); the container's id from the lab session",
            wrong: "localhost",
            sample: new LabContainer("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "web-test", new Dictionary<int, int>())),
        Exercise.Integer(
            "02.2", "lines in the volume's file after two more containers",
            expected: () => 1 + 2,
            hints:
            [
                "Each call starts a brand-new container, but all of them mount the same volume at /data.",
                "A volume is not part of any container: it outlives them. Count the calls so far, including the one above.",
            ],
            explanation: "The file is in the volume, not in a container's writable layer, so each of the three containers appended to the same file: "
                + "1 line from the first call, plus 2. Removing a container never removes the volumes it used.",
            source: "Docker docs, 'Volumes' (data in a volume persists beyond the life of a container); the notebook's own calls (one above, two after)",
            wrong: 1),
        Exercise.Integer(
            "02.3", "exit code of a container killed with SIGKILL",
            expected: () => 128 + SigKill,
            hints:
            [
                "The rule is in the question: 128 plus the number of the signal that killed the process.",
                "SIGKILL is signal number 9 (kill -l lists them all). docker wait reports the main process's exit status.",
            ],
            explanation: "The shell convention (POSIX Shell Command Language, 2.8.2 'Exit Status for Commands': a status above 128 means killed by a signal) "
                + "gives 128 + 9 = 137, and Docker reports the same for the container's main process. 137 in `docker ps -a` usually means SIGKILL, often from the OOM killer.",
            source: "POSIX.1-2017 Shell Command Language 2.8.2; signal 9 = SIGKILL (POSIX signal.h)",
            wrong: 9),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } = [];
}

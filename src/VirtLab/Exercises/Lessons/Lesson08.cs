using VirtLab.Performance;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>08-performance-queueing.ipynb</c>.</summary>
internal sealed class Lesson08 : ILessonExercises
{
    public string Notebook => "08-performance-queueing";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Number(
            "08.1", "mean response time of one busy VM, in ms",
            expected: () => Queueing.Mm1(arrivalRate: 40, serviceRate: 1 / 0.020).MeanResponseTime * 1000,
            tolerance: 0.01,
            hints:
            [
                "Turn the service time into a rate first: mu = 1 / S requests per second.",
                "With mu = 50/s and lambda = 40/s, W = 1 / (mu - lambda) seconds; the answer is in milliseconds.",
            ],
            explanation: "mu = 1 / 0.020 s = 50/s, so rho = 40 / 50 = 0.8 and W = 1 / (50 - 40) s = 100 ms: five times the 20 ms service time, "
                + "as W = S / (1 - rho) says at 80 %.",
            source: "Queueing.Mm1 (Kleinrock 1975, ch. 3; Jain 1991, ch. 31)",
            wrong: 20,
            diagnose: a => Math.Abs(a - 0.1) < 1e-3 ? "that is in seconds; the answer is in milliseconds"
                : Math.Abs(a - 20) < 0.01 ? "that is the service time alone: the request also waits in the queue" : null),
        Exercise.Integer(
            "08.2", "smallest pool that keeps the mean wait below 5 ms",
            expected: () => Enumerable.Range(4, 20).First(c => Queueing.Mmc(320, 100, c).MeanWaitingTime < 0.005),
            hints:
            [
                "The offered load is A = lambda / mu = 3.2 Erlangs, so the pool needs at least 4 servers to be stable.",
                "Try Queueing.Mmc(320, 100, c).MeanWaitingTime for c = 4, 5, 6, ... and keep the first value below 0.005 s.",
            ],
            explanation: "With 4 servers (80 % busy) the mean wait W_q is about 7.5 ms; with 5 (64 % busy) Erlang C drops to about 0.29 and "
                + "W_q = C / (c mu - lambda) to about 1.6 ms. One extra server buys a fivefold shorter wait.",
            source: "Queueing.Mmc (Erlang C; Hillier and Lieberman, M/M/s)",
            wrong: 4),
        Exercise.Number(
            "08.3", "response time of a closed loop with think time, in ms",
            expected: () => LittlesLaw.InteractiveResponseTime(clients: 20, throughput: 16, thinkTime: 1.0) * 1000,
            tolerance: 0.5,
            hints:
            [
                "In a closed loop every client is either waiting for an answer (R) or thinking (Z): Little's law on the whole loop gives N = X (R + Z).",
                "Solve for R: R = N / X - Z, with N = 20 clients, X = 16 requests/s and Z = 1 s; the answer is in milliseconds.",
            ],
            explanation: "R = N / X - Z = 20 / 16 - 1 = 0.25 s = 250 ms. Only the clients that are not thinking are in the server: "
                + "X R = 16 x 0.25 = 4 of the 20.",
            source: "LittlesLaw.InteractiveResponseTime (Denning and Buzen 1978, interactive response time law; Jain 1991, ch. 33)",
            wrong: 1250,
            diagnose: a => Math.Abs(a - 1250) < 0.5 ? "that is the whole cycle N / X; subtract the think time" : Math.Abs(a - 0.25) < 1e-3 ? "that is in seconds; the answer is in milliseconds" : null),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "08.p1", "mean response time at 80 % utilisation, in service times S", relativeTolerance: 0.1,
            why: "W = S / (1 - rho): at rho = 0.8 the request waits four service times in the queue and is served in one, W = 5 S.",
            ifTooLow: "Waiting grows like 1 / (1 - rho), not in a straight line with the load."),
        new PredictionTopic(
            "08.p2", "mean response time of the pooled M/M/4 queue, in ms (separate queues: 50 ms)", relativeTolerance: 0.15,
            why: "One shared queue never leaves a server idle while a request waits, so at the same 80 % utilisation Erlang C gives a "
                + "mean response time about three times shorter than four separate queues.",
            ifTooHigh: "Same utilisation does not mean same waiting: a shared queue waits only when all four servers are busy."),
        new PredictionTopic(
            "08.p3", "X R (throughput times mean response time) of the capped server with 8 clients", relativeTolerance: 0.1,
            why: "The load generator is a closed loop with no think time: each client has exactly one request in flight, so Little's law "
                + "gives X R = N = 8 whatever the cap; the cap only lowers X and raises R (R = N / X).",
            ifTooHigh: "A closed loop cannot have more requests in flight than clients.",
            ifTooLow: "No client ever thinks here: every one always waits for an answer."),
    ];
}

using System.Net;

namespace VirtLab.Containers;

/// <summary>The Docker engine answered with an error status. <see cref="Exception.Message"/> carries the engine's own message.</summary>
public class DockerApiException : Exception
{
    /// <summary>Creates the exception from an engine reply.</summary>
    public DockerApiException(HttpStatusCode statusCode, string responseBody)
        : base(Describe(statusCode, responseBody))
    {
        StatusCode = statusCode;
        ResponseBody = responseBody;
    }

    /// <summary>The HTTP status the engine returned.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The raw body of the reply (usually <c>{"message":"..."}</c>, sometimes plain text).</summary>
    public string ResponseBody { get; }

    /// <summary>The engine's message extracted from <see cref="ResponseBody"/>.</summary>
    public string EngineMessage => DockerErrorMessage.Extract(ResponseBody);

    private static string Describe(HttpStatusCode statusCode, string body) =>
        $"Docker engine error {(int)statusCode} ({statusCode}): {DockerErrorMessage.Extract(body)}";
}

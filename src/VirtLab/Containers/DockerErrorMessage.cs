using System.Text.Json;

namespace VirtLab.Containers;

/// <summary>Reads the engine's message out of an error body, which is JSON <c>{"message":…}</c> or, for some version errors, plain text.</summary>
internal static class DockerErrorMessage
{
    public static string Extract(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(no message)";
        }

        var trimmed = body.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(trimmed);
                if (doc.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                {
                    return message.GetString() ?? trimmed;
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to the raw text.
            }
        }

        return trimmed;
    }
}

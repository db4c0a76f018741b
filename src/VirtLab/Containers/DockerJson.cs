using System.Text.Json;
using System.Text.Json.Serialization;

namespace VirtLab.Containers;

/// <summary>The JSON settings the engine's wire format needs.</summary>
internal static class DockerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The engine sent null where a {typeof(T).Name} was expected.");
}

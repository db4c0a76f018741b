using System.Text.Json;
using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Restart policies of the engine (<c>--restart</c>).</summary>
[JsonConverter(typeof(RestartPolicyKindConverter))]
public enum RestartPolicyKind
{
    /// <summary>Never restart (<c>no</c>, the default).</summary>
    No,

    /// <summary>Always restart, also after an engine restart (<c>always</c>).</summary>
    Always,

    /// <summary>Restart when the exit code is not 0 (<c>on-failure</c>).</summary>
    OnFailure,

    /// <summary>Like always, unless the user stopped it (<c>unless-stopped</c>).</summary>
    UnlessStopped,
}

/// <summary>Reads and writes <see cref="RestartPolicyKind"/> as the engine's strings.</summary>
internal sealed class RestartPolicyKindConverter : JsonConverter<RestartPolicyKind>
{
    public override RestartPolicyKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() switch
        {
            "always" => RestartPolicyKind.Always,
            "on-failure" => RestartPolicyKind.OnFailure,
            "unless-stopped" => RestartPolicyKind.UnlessStopped,
            _ => RestartPolicyKind.No,
        };

    public override void Write(Utf8JsonWriter writer, RestartPolicyKind value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value switch
        {
            RestartPolicyKind.Always => "always",
            RestartPolicyKind.OnFailure => "on-failure",
            RestartPolicyKind.UnlessStopped => "unless-stopped",
            _ => "no",
        });
}

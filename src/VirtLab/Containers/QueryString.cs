using System.Globalization;
using System.Text;

namespace VirtLab.Containers;

/// <summary>Builds an escaped query string, skipping parameters that are not set.</summary>
internal sealed class QueryString
{
    private readonly StringBuilder _builder = new();

    public QueryString Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _builder.Append(_builder.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryString Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "1" : "0");

    public QueryString Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryString AddJson<T>(string name, T? value)
        where T : class => Add(name, value is null ? null : DockerJson.Serialize(value));

    public override string ToString() => _builder.ToString();
}

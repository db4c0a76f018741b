using System.Runtime.CompilerServices;
using System.Text;

namespace VirtLab.Containers;

/// <summary>Reads the engine's JSON-lines streams (build and import progress, events, streamed stats).</summary>
internal static class JsonLineReader
{
    public static async IAsyncEnumerable<T> ReadAsync<T>(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                yield break;
            }

            if (line.Length > 0)
            {
                yield return DockerJson.Deserialize<T>(line);
            }
        }
    }
}

using System.Text;

namespace VirtLab.Data;

/// <summary>A small RFC 4180 CSV reader (quoted fields, doubled quotes, commas and line breaks inside quotes) for the course's data files.</summary>
public static class Csv
{
    /// <summary>Reads a CSV file with a header row into records keyed by column name.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A row has a different number of fields than the header, or a quote is not closed; the message names the line.</exception>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadRecords(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CSV file '{Path.GetFullPath(path)}' does not exist.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses CSV text with a header row.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text, string source = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = ParseRows(text, source);
        if (rows.Count == 0)
        {
            throw new FormatException($"{source}: no header row.");
        }

        var header = rows[0].Fields;
        var records = new List<IReadOnlyDictionary<string, string>>(rows.Count - 1);
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Count != header.Count)
            {
                throw new FormatException($"{source}, line {line}: {fields.Count} fields, but the header has {header.Count}.");
            }

            var record = new Dictionary<string, string>(header.Count, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                record[header[i]] = fields[i];
            }

            records.Add(record);
        }

        return records;
    }

    private static List<(int Line, List<string> Fields)> ParseRows(string text, string source)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var rowLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        rows.Add((rowLine, fields));
                    }

                    fields = [];
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new FormatException($"{source}, line {rowLine}: a quoted field is not closed.");
        }

        fields.Add(field.ToString());
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            rows.Add((rowLine, fields));
        }

        return rows;
    }
}

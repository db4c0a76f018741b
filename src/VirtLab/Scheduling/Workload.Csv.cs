using System.Globalization;

namespace VirtLab.Scheduling;

public sealed partial class Workload
{
    private static readonly string[] s_csvColumns = ["name", "arrival", "runtime", "io_every", "io_time", "nice", "tickets", "deadline"];

    /// <summary>Loads a workload from a CSV file such as those in <c>data/workloads/</c>.</summary>
    /// <param name="path">Path of the CSV file.</param>
    /// <remarks>See <see cref="ParseCsv"/> for the format.</remarks>
    /// <exception cref="ArgumentException">The file is malformed; the message names the line and column.</exception>
    public static Workload LoadCsv(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ParseCsv(File.ReadAllText(path));
    }

    /// <summary>Parses a workload from CSV text.</summary>
    /// <param name="csv">A header row, then one row per job. Columns (by name, any order): <c>arrival</c> and
    /// <c>runtime</c> (required), <c>name</c>, <c>io_every</c>, <c>io_time</c>, <c>nice</c>, <c>tickets</c>,
    /// <c>deadline</c> (optional; empty cells take the <see cref="Job"/> defaults). Lines starting with <c>#</c>
    /// and blank lines are ignored.</param>
    /// <exception cref="ArgumentException">A column is unknown or missing, or a cell is not a valid number.</exception>
    public static Workload ParseCsv(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var lines = csv.Split('\n')
            .Select((text, i) => (Text: text.Trim(), Line: i + 1))
            .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'))
            .ToList();
        if (lines.Count == 0)
        {
            throw new ArgumentException("The CSV has no header row.", nameof(csv));
        }

        var header = lines[0].Text.Split(',').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        foreach (var column in header)
        {
            if (!s_csvColumns.Contains(column))
            {
                throw new ArgumentException($"Unknown column '{column}'; known columns: {string.Join(", ", s_csvColumns)}.", nameof(csv));
            }
        }

        foreach (var required in new[] { "arrival", "runtime" })
        {
            if (!header.Contains(required))
            {
                throw new ArgumentException($"The CSV header lacks the required column '{required}'.", nameof(csv));
            }
        }

        var jobs = new List<Job>();
        foreach (var (text, line) in lines.Skip(1))
        {
            var cells = text.Split(',');
            if (cells.Length != header.Length)
            {
                throw new ArgumentException($"Line {line} has {cells.Length} cells, the header has {header.Length}.", nameof(csv));
            }

            string? Cell(string column)
            {
                var i = Array.IndexOf(header, column);
                return i < 0 || cells[i].Trim().Length == 0 ? null : cells[i].Trim();
            }

            double? Number(string column)
            {
                var cell = Cell(column);
                if (cell is null)
                {
                    return null;
                }

                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    throw new ArgumentException($"Line {line}, column '{column}': '{cell}' is not a number.", nameof(csv));
                }

                return value;
            }

            var defaults = new Job(jobs.Count, 0, 1);
            jobs.Add(new Job(
                jobs.Count,
                Number("arrival") ?? throw new ArgumentException($"Line {line}: arrival is empty.", nameof(csv)),
                Number("runtime") ?? throw new ArgumentException($"Line {line}: runtime is empty.", nameof(csv)),
                Number("io_every") ?? defaults.IoEvery,
                Number("io_time") ?? defaults.IoTime,
                (int)(Number("nice") ?? defaults.Nice),
                (int)(Number("tickets") ?? defaults.Tickets),
                Number("deadline"),
                Cell("name")));
        }

        return new Workload(jobs);
    }
}

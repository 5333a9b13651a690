using System.Diagnostics;

namespace NkContentLint.Benchmarks;

/// <summary>Runs a process to completion, measuring wall time and peak resident memory (VmHWM on Linux).</summary>
internal static class ProcessMeter
{
    public static (TimeSpan Elapsed, long PeakBytes, int ExitCode) Run(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        // Drain output so a chatty linter never blocks on a full pipe.
        var drainOut = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var drainErr = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        long peak = 0;
        while (!process.WaitForExit(25))
        {
            peak = Math.Max(peak, ReadPeak(process.Id));
        }

        Task.WaitAll(drainOut, drainErr);
        return (clock.Elapsed, peak, process.ExitCode);
    }

    /// <summary>High-water mark of the process and its children seen so far (node spawns workers).</summary>
    private static long ReadPeak(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}

using System.Diagnostics;

namespace NkContentLint.Cli;

/// <summary>"Linting 120/5,000 files" on stderr, only for runs that take more than a moment.</summary>
internal sealed class ProgressReporter(TextWriter error)
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long lastTicks;
    private bool shown;

    public void Report(int done, int total)
    {
        var now = clock.Elapsed;
        if (now < Delay || (now.Ticks - Interlocked.Read(ref lastTicks)) < Interval.Ticks)
        {
            return;
        }

        Interlocked.Exchange(ref lastTicks, now.Ticks);
        lock (this)
        {
            shown = true;
            error.Write($"\rLinting {done:N0}/{total:N0} files");
        }
    }

    public void Clear()
    {
        lock (this)
        {
            if (shown)
            {
                error.Write("\r\u001b[2K");
            }
        }
    }
}

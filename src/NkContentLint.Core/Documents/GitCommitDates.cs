using System.Diagnostics;
using System.Text;

namespace NkContentLint.Documents;

/// <summary>
/// The date of a file's last commit (<c>git log -1 --format=%cs</c>), for
/// <c>facts.article_date: git</c>: an article whose text gives no date is then dated by it.
/// One git process per file, only when the option is on; null when git is missing, the file is
/// not in a repository or has no commit yet.
/// </summary>
internal static class GitCommitDates
{
    public static ArticleDate? For(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath);
        if (directory is null)
        {
            return null;
        }

        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in new[] { "log", "-1", "--format=%cs", "--", Path.GetFileName(fullPath) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            _ = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? ArticleDate.Parse(output, ArticleDateSource.GitCommit) : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}

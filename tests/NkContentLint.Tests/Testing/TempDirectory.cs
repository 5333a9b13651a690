namespace NkContentLint.Tests.Testing;

/// <summary>A scratch folder deleted when the test ends.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("nkcontentlint-test-").FullName;
    }

    public string Path { get; }

    /// <summary>The suffix of the runner temp folder a simulated action run keeps beside its workspace (<c>ActionRunner</c>).</summary>
    public const string RunnerTempSuffix = "-runner-temp";

    public string Write(string relativePath, string content) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        foreach (var folder in new[] { Path, Path + RunnerTempSuffix })
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException) when (!OperatingSystem.IsWindows())
            {
                // .NET cannot name a file whose name is not valid UTF-8 (a test makes one on purpose), so the folder
                // stays; rm takes the bytes as they are. Left behind, such folders piled up in /tmp run after run.
                using var rm = System.Diagnostics.Process.Start("rm", ["-rf", "--", folder]);
                rm.WaitForExit();
            }
            catch (IOException)
            {
            }
        }
    }
}

using System.Diagnostics.CodeAnalysis;

/// <summary>
/// A .NET startup hook (DOTNET_STARTUP_HOOKS) the code rule tests put into a CLI they start as a
/// separate process: at exit it writes the names of every assembly the process loaded to the file
/// NKCONTENTLINT_TEST_ASSEMBLY_LOG names. It must be called StartupHook and live in no namespace.
/// </summary>
[SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The runtime looks for a StartupHook type in no namespace.")]
internal static class StartupHook
{
    public static void Initialize()
    {
        var log = Environment.GetEnvironmentVariable("NKCONTENTLINT_TEST_ASSEMBLY_LOG");
        if (string.IsNullOrEmpty(log))
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            File.WriteAllLines(log, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? string.Empty));
    }
}

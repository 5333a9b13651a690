using System.Globalization;

namespace NkContentLint.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Output never depends on the machine's locale (numbers, casing).
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        if (!args.Any(a => a is "--version" or "--help" or "-h" or "-?"))
        {
            // The first document's one-time set-up runs on the second core while this thread starts up.
            NkContentLint.Running.StartUpWarming.Start(NkContentLint.Rules.BuiltInAnalyzers.PrepareStatics);
        }

        return CliApplication.Run(args, CliConsole.FromProcess());
    }
}

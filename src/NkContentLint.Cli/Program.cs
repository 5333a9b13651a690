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
        return CliApplication.Run(args, CliConsole.FromProcess());
    }
}

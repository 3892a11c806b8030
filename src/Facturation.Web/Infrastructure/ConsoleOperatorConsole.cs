using Facturation.Application.Setup;

namespace Facturation.Web.Infrastructure;

/// <summary>Writes straight to the process's standard output, bypassing Serilog so nothing reaches the log files.</summary>
public sealed class ConsoleOperatorConsole : IOperatorConsole
{
    public void WriteLine(string message) => Console.Out.WriteLine(message);
}

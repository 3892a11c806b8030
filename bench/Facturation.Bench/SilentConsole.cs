using Facturation.Application.Setup;

namespace Facturation.Bench;

/// <summary>The start-up's operator messages (generated admin password) are of no use in a benchmark.</summary>
internal sealed class SilentConsole : IOperatorConsole
{
    public void WriteLine(string message)
    {
    }
}

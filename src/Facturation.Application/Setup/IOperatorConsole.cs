namespace Facturation.Application.Setup;

/// <summary>
/// Messages for the person who started the app (first-run credentials, URL). Written to the console only,
/// never to the log files, because they may carry a generated password.
/// </summary>
public interface IOperatorConsole
{
    void WriteLine(string message);
}

namespace Facturation.Application.Data;

/// <summary>Configuration section <c>Database</c> (environment: <c>Database__Provider</c>, <c>Database__DataDirectory</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the embedded SQLite database lives when no connection string is given.</summary>
    public string DataDirectory { get; set; } = "data";
}

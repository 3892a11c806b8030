using Xunit;

namespace Facturation.Testing;

/// <summary>
/// A fact that needs external services: skipped with a reason when they are not configured and the run is
/// by hand; never skipped on CI or with FACTURATION_REQUIRE_SERVICES (see <see cref="RequiredService"/>).
/// </summary>
/// <example><c>[ServiceFact(TestService.Postgres, TestService.Smtp)]</c></example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ServiceFactAttribute : FactAttribute
{
    public ServiceFactAttribute(params TestService[] services)
    {
        Services = services;
        Skip = RequiredService.GetSkipReason(Environment.GetEnvironmentVariable, services);
    }

    /// <summary>The services this test needs.</summary>
    public IReadOnlyList<TestService> Services { get; }
}

/// <summary>A theory that needs external services; same skip-or-fail rule as <see cref="ServiceFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ServiceTheoryAttribute : TheoryAttribute
{
    public ServiceTheoryAttribute(params TestService[] services)
    {
        Services = services;
        Skip = RequiredService.GetSkipReason(Environment.GetEnvironmentVariable, services);
    }

    /// <summary>The services this test needs.</summary>
    public IReadOnlyList<TestService> Services { get; }
}

/// <summary>A fact that needs the test PostgreSQL server (FACTURATION_TEST_POSTGRES).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = RequiredService.GetSkipReason(Environment.GetEnvironmentVariable, TestService.Postgres);
    }
}

/// <summary>A fact that needs the SMTP catcher (FACTURATION_TEST_SMTP_HOST, _PORT, _API).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        Skip = RequiredService.GetSkipReason(Environment.GetEnvironmentVariable, TestService.Smtp);
    }
}

/// <summary>A fact that needs Chromium (FACTURATION_TEST_CHROMIUM).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        Skip = RequiredService.GetSkipReason(Environment.GetEnvironmentVariable, TestService.Chromium);
    }
}

/// <summary>
/// A fact that needs a SQL Server (<see cref="ServerVariable"/>, e.g.
/// <c>Server=127.0.0.1,1433;User Id=sa;Password=…;TrustServerCertificate=True</c>). Unlike the other services, SQL
/// Server cannot be installed by <c>./build.sh</c> (no Docker on the project's CI machine): these tests are skipped,
/// with this reason, unless the variable is set, and fail when <see cref="RequireVariable"/> is set — as the GitHub
/// Actions workflow does with its SQL Server 2022 service container.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string ServerVariable = "FACTURATION_TEST_SQLSERVER";

    public const string RequireVariable = "FACTURATION_REQUIRE_SQLSERVER";

    public SqlServerFactAttribute()
    {
        var configured = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ServerVariable));
        var required = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(RequireVariable));
        Skip = configured || required
            ? null
            : $"SQL Server not available: {ServerVariable} not set (no Docker here; .github/workflows/ci.yml runs these tests with a SQL Server 2022 container and {RequireVariable}=1).";
    }
}

using Facturation.Testing;

namespace Facturation.Application.Tests.Infrastructure;

public class RequiredServiceTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => map.GetValueOrDefault(name);
    }

    [Fact]
    public void GetSkipReason_ByHandWithoutVariable_SkipsNamingTheVariable()
    {
        var reason = RequiredService.GetSkipReason(Env(), TestService.Postgres);

        Assert.NotNull(reason);
        Assert.Contains(RequiredService.PostgresVariable, reason, StringComparison.Ordinal);
        Assert.Contains("./build.sh services", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("CI", "1")]
    [InlineData("FACTURATION_REQUIRE_SERVICES", "1")]
    [InlineData("FACTURATION_REQUIRE_SERVICES", "yes")]
    public void GetSkipReason_OnCiOrRequired_NeverSkips(string name, string value)
    {
        Assert.Null(RequiredService.GetSkipReason(Env((name, value)), TestService.Postgres, TestService.Smtp, TestService.Chromium));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("")]
    public void GetSkipReason_CiSetToFalse_StillSkips(string value)
    {
        Assert.NotNull(RequiredService.GetSkipReason(Env(("CI", value)), TestService.Chromium));
    }

    [Fact]
    public void GetSkipReason_AllVariablesSet_Runs()
    {
        var env = Env(
            (RequiredService.SmtpHostVariable, "127.0.0.1"),
            (RequiredService.SmtpPortVariable, "1025"),
            (RequiredService.SmtpApiVariable, "http://127.0.0.1:1080"));

        Assert.Null(RequiredService.GetSkipReason(env, TestService.Smtp));
    }

    [Fact]
    public void GetSkipReason_OneSmtpVariableMissing_SkipsNamingIt()
    {
        var env = Env((RequiredService.SmtpHostVariable, "127.0.0.1"), (RequiredService.SmtpPortVariable, "1025"));

        var reason = RequiredService.GetSkipReason(env, TestService.Smtp);

        Assert.NotNull(reason);
        Assert.Contains(RequiredService.SmtpApiVariable, reason, StringComparison.Ordinal);
        Assert.DoesNotContain(RequiredService.SmtpPortVariable, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceFact_WhenServicesRequired_IsNotSkipped()
    {
        // The build script sets FACTURATION_REQUIRE_SERVICES: under it no service test may be skipped.
        var attribute = new ServiceFactAttribute(TestService.Postgres, TestService.Smtp, TestService.Chromium);

        if (RequiredService.ServicesRequired)
        {
            Assert.Null(attribute.Skip);
        }
        else
        {
            Assert.Equal(
                RequiredService.GetSkipReason(Environment.GetEnvironmentVariable, TestService.Postgres, TestService.Smtp, TestService.Chromium),
                attribute.Skip);
        }
    }
}

namespace Facturation.Web.Features.Tokens;

public sealed class CreateTokenInput
{
    public string? Name { get; set; }
}

using Facturation.Application.Identity;

namespace Facturation.Web.Features.Tokens;

public sealed record TokensViewModel(IReadOnlyList<ApiToken> Tokens, string? NewToken, CreateTokenInput Input);

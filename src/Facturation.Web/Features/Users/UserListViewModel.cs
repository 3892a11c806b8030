using Facturation.Application.Identity;

namespace Facturation.Web.Features.Users;

public sealed record UserListViewModel(IReadOnlyList<UserSummary> Users, string? OneTimePassword);

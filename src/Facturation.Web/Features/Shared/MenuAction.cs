namespace Facturation.Web.Features.Shared;

/// <summary>
/// One entry of a page's Actions menu: a link (<see cref="Post"/> false) or a form POST to <see cref="Url"/>. An action
/// with a <see cref="Confirm"/> step opens a native dialog (or, without JavaScript, the page at <see cref="ConfirmPageUrl"/>)
/// before posting. <see cref="Key"/> tells apart several actions of one kind on a page (one per payment row).
/// </summary>
public sealed record MenuAction(string Label, string TestId, string Url, bool Post = false, ConfirmStep? Confirm = null, bool Danger = false, string? ConfirmPageUrl = null, string? Key = null)
{
    public string DialogId => "confirm-" + (Key ?? TestId);
}

namespace Facturation.Application.Mail;

public enum OutboxStatus
{
    /// <summary>Waiting for its next attempt (first one, or after a failure).</summary>
    Pending,

    /// <summary>Claimed by a worker whose lease has not expired.</summary>
    Sending,

    Sent,

    /// <summary>Gave up after the maximum number of attempts; an administrator may retry it.</summary>
    Failed,
}

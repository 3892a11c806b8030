namespace Facturation.Application.Archiving;

/// <summary>
/// Configuration section <c>Archive:S3</c> (ADR-025), used when <c>Archive__Store=S3</c>: any S3-compatible object
/// storage (Amazon S3, MinIO, …). The bucket must exist; the access key needs PutObject, GetObject, ListBucket and
/// DeleteObject (the last one only for <c>archive reconcile --delete</c>).
/// </summary>
public sealed class S3ArchiveOptions
{
    /// <summary><c>Archive__S3__ServiceUrl</c>: the endpoint, e.g. <c>http://minio:9000</c> or <c>https://s3.eu-west-3.amazonaws.com</c>.</summary>
    public string? ServiceUrl { get; set; }

    public string? Bucket { get; set; }

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary><c>Archive__S3__ForcePathStyle</c>: <c>http://host/bucket/key</c> rather than <c>http://bucket.host/key</c> (MinIO needs it).</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary><c>Archive__S3__Region</c>: the region requests are signed for (MinIO's default when unset).</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>The keys that are missing, in configuration syntax; empty when the store can be built.</summary>
    public IReadOnlyList<string> Missing() =>
    [
        .. new (string Key, string? Value)[] { ("ServiceUrl", ServiceUrl), ("Bucket", Bucket), ("AccessKey", AccessKey), ("SecretKey", SecretKey) }
            .Where(setting => string.IsNullOrWhiteSpace(setting.Value))
            .Select(setting => $"Archive__S3__{setting.Key}"),
    ];
}

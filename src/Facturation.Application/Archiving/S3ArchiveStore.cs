using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Facturation.Application.Archiving;

/// <summary>
/// The archive store in an S3-compatible bucket (<c>Archive__Store=S3</c>, ADR-025) through AWSSDK.S3. An object
/// appears whole or not at all (S3 never shows a partial PUT), and its name is derived from its bytes, so a PUT
/// repeated after a crash rewrites the same bytes. The payload's SHA-256 is signed with the request (no chunked
/// encoding), so the server refuses bytes damaged on the way.
/// </summary>
public sealed class S3ArchiveStore : IArchiveStore, IDisposable
{
    private const string ProbePrefix = ".probe/";

    private readonly AmazonS3Client _client;
    private readonly string _bucket;

    public S3ArchiveStore(S3ArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _bucket = options.Bucket!;
        Description = $"compartiment S3 {_bucket} ({options.ServiceUrl})";
        _client = new AmazonS3Client(
            new BasicAWSCredentials(options.AccessKey, options.SecretKey),
            new AmazonS3Config
            {
                ServiceURL = options.ServiceUrl,
                AuthenticationRegion = options.Region,
                ForcePathStyle = options.ForcePathStyle,

                // S3-compatible servers do not all accept the SDK's default CRC trailers (aws-chunked uploads).
                RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            });
    }

    public string Description { get; }

    public async Task<StoredBlob> PutAsync(byte[] content, string extension, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blob = StoredBlob.For(content, extension);
        await PutObjectAsync(blob.Name, content, ct);
        return blob;
    }

    public async Task<byte[]?> ReadAsync(string name, CancellationToken ct)
    {
        try
        {
            using var response = await _client.GetObjectAsync(_bucket, name, ct);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, ct);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<StoredBlobEntry> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var request = new ListObjectsV2Request { BucketName = _bucket };
        ListObjectsV2Response page;
        do
        {
            page = await _client.ListObjectsV2Async(request, ct);
            foreach (var item in page.S3Objects ?? [])
            {
                yield return new StoredBlobEntry(item.Key, item.Size ?? 0, item.LastModified?.ToUniversalTime() ?? DateTime.UnixEpoch);
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
    }

    public async Task DeleteAsync(string name, CancellationToken ct) => await _client.DeleteObjectAsync(_bucket, name, ct);

    /// <summary>Writes, reads back and deletes a small probe object: the bucket exists and the key may use it.</summary>
    public async Task<string?> ProblemAsync(CancellationToken ct)
    {
        var probe = $"{ProbePrefix}{Guid.NewGuid():N}";
        try
        {
            await PutObjectAsync(probe, [1], ct);
            var readable = await ReadAsync(probe, ct) is [1];
            await DeleteAsync(probe, ct);
            return readable ? null : $"Archives : {Description} ne relit pas ce qui vient d'y être écrit.";
        }
        catch (Exception error) when (error is AmazonServiceException or HttpRequestException or IOException)
        {
            return $"Archives : {Description} inaccessible ({error.Message}).";
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task PutObjectAsync(string name, byte[] content, CancellationToken ct)
    {
        using var body = new MemoryStream(content, writable: false);
        await _client.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _bucket,
                Key = name,
                InputStream = body,
                AutoCloseStream = false,
                UseChunkEncoding = false,
                ContentType = name.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "application/octet-stream",
            },
            ct);
    }
}

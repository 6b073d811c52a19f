/** GitHub's REST API, as the pull-request comment needs it: one client on fetch, pagination, rate limits, redaction. */
export { GitHubClient, GitHubApiError, upsertComment, isOwnComment, type GitHubClientOptions, type IssueComment, type UpsertResult } from './client.js';

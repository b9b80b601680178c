/*
 * GENERATED FILE: do not edit by hand. Generated from src/catalog/catalog.json
 * by the whatsapp-error-codes generator; edit the catalog and run `npm run generate`.
 */
import type { CatalogCodeEntry, CatalogRetiredEntry } from '../catalog/schema.js';

/** Every documented WhatsApp Cloud API error code: canonical constant name → code. */
export const WhatsAppErrorCode = {
  /** 0 · AuthException · sender. The access token could not authenticate the app user, usually because it expired or was invalidated, or because the user changed a setting that blocks apps from their data. Get a new access token before retrying. */
  AUTH_EXCEPTION: 0,
  /** 1 · API Unknown · platform. The request was invalid or the server hit an error it could not classify. Check Meta's status page and the request format; one retry is reasonable. */
  API_UNKNOWN: 1,
  /** 2 · API Service · platform. Meta's service is briefly down or overloaded. Check the platform status page and retry with backoff. */
  API_SERVICE: 2,
  /** 3 · API Method · sender. The app lacks a capability or permission that the called endpoint requires. Check the token in the Access Token Debugger and add what is missing before calling again. */
  API_METHOD: 3,
  /** 4 · API Too Many Calls · sender. The app has used up its Graph API call allowance for now. Back off, retry later, and lower how often the app calls the API. */
  API_TOO_MANY_CALLS: 4,
  /** 10 · Permission Denied · sender. A permission the call depends on was never granted or has been taken away; Meta also uses it when the API is not available to the account, or when a Flows endpoint phone number is not authorised for the business public key. Grant the permission or fix the setup, then retry. */
  PERMISSION_DENIED: 10,
  /** 33 · Parameter value is not valid · sender. The ID the request is addressed to does not point to a usable object, typically because the business phone number behind the phone number ID has been deleted. Check the ID you are calling. */
  INVALID_OBJECT_ID: 33,
  /** 100 · Invalid parameter · sender. The request contains a parameter that the endpoint does not support, that is misspelled, or whose value is too long. Compare the request with the endpoint reference; on template and phone endpoints the error_subcode and error_user_msg say exactly what is wrong. */
  INVALID_PARAMETER: 100,
  /** 190 · Access token has expired · sender. The access token sent with the request has expired or is otherwise no longer valid. Obtain a fresh token and send the request again. */
  ACCESS_TOKEN_EXPIRED: 190,
  /** 200 (first of 200–299) · API Permission · sender. The app was never given, or has lost, a permission this endpoint needs; every code from 200 to 299 carries this meaning. Code 200 also comes back with the message "Provide valid app ID" when a request (some GET calls) carried no access token at all. */
  API_PERMISSION: 200,
  /** 368 · Temporarily blocked for policies violations · sender. The WhatsApp Business Account behind the app has been restricted or disabled for breaching a platform policy. Resending will not help; review the policy enforcement details for the account. */
  TEMPORARILY_BLOCKED_FOR_POLICY_VIOLATIONS: 368,
  /** 613 · Fetch Call Permission For Consumer Phone Number API Limit Hit · sender. The app sent too many requests to the call permission status API. Back off and check permission status less often. */
  FETCH_CALL_PERMISSION_API_LIMIT_HIT: 613,
  /** 80007 · Rate limit issues · sender. The WhatsApp Business Account itself has reached its API rate limit, which is separate from the app-wide limit behind code 4. Slow down calls for this account and retry later. */
  RATE_LIMIT_ISSUES: 80007,
  /** 130403 · This business has blocked the end user on WhatsApp · sender. The recipient is on this business's own block list: the business blocked the user, not the other way round. Unblock the user (Block Users API) if you want to message them again. */
  BUSINESS_BLOCKED_USER: 130403,
  /** 130429 · Rate limit hit · sender. The business phone number is sending faster than its Cloud API message throughput allows. Retry with backoff and spread sends out over time. */
  RATE_LIMIT_HIT: 130429,
  /** 130472 · User's number is part of an experiment · recipient. Meta withheld this marketing template because the recipient is in the holdout group of a Meta marketing-message experiment. Nothing on the business side changes this; do not resend. */
  MARKETING_MESSAGE_EXPERIMENT: 130472,
  /** 130497 · Business account is restricted from messaging users in this country · sender. The WhatsApp Business Account is not allowed to message users in the recipient's country, depending on the business's category under WhatsApp Business Policy. Do not resend to recipients in that country. */
  COUNTRY_RESTRICTION: 130497,
  /** 131000 · Something went wrong · platform. The message failed because of an unexpected internal error at Meta. Retry with backoff and open a support ticket if it keeps happening. */
  SOMETHING_WENT_WRONG: 131000,
  /** 131005 · Access denied · sender. A permission needed for this WhatsApp call was never granted or has been removed. Verify the token's permissions and retry once fixed. */
  ACCESS_DENIED: 131005,
  /** 131008 · Required parameter is missing · sender. The request leaves out a field that the endpoint requires. Add the missing field as listed in the endpoint reference and resend. */
  REQUIRED_PARAMETER_MISSING: 131008,
  /** 131009 · Parameter value is not valid · sender. One or more values in the request are not acceptable for their fields. Check the allowed values in the endpoint reference; error_data.details usually names the field. */
  PARAMETER_VALUE_NOT_VALID: 131009,
  /** 131016 · Service unavailable · platform. A Meta service needed for the request is temporarily unavailable. Check the status page and retry with backoff. */
  SERVICE_UNAVAILABLE: 131016,
  /** 131020 · Bad Group · sender. The group has only one member, so the operation cannot proceed. Add participants and try again. */
  BAD_GROUP: 131020,
  /** 131021 · Recipient cannot be sender · sender. The recipient number is the same as the business number sending the message. Send to a different number. */
  RECIPIENT_CANNOT_BE_SENDER: 131021,
  /** 131026 · Message Undeliverable · recipient. The recipient cannot receive the message: the number may not be on WhatsApp, the user may not have accepted the current Terms of Service, or their app may be too old. Resending will not help; reach them another way and ask them to check they can message your number. */
  MESSAGE_UNDELIVERABLE: 131026,
  /** 131030 · Recipient phone number is not in allowed list · sender. When sending or calling from a public test number, only recipients on its allowed list can be reached, and this one is not on it. Add the recipient to the list and try again. */
  RECIPIENT_NOT_IN_ALLOWED_LIST: 131030,
  /** 131031 · Account has been locked · sender. The WhatsApp Business Account was restricted or disabled for a policy breach, or data in the request (such as the two-step verification PIN) did not match what is set on the account. Check the account's health status and the request data before trying again. */
  BUSINESS_ACCOUNT_LOCKED: 131031,
  /** 131037 · WhatsApp provided number needs display name approval before message can be sent · sender. The message was sent from a WhatsApp-provided (555) number whose display name has not been approved. Get the display name approved, then send again. */
  DISPLAY_NAME_APPROVAL_REQUIRED: 131037,
  /** 131041 · Group unknown · sender. The group does not exist, or the business number is not a member of it. */
  GROUP_UNKNOWN: 131041,
  /** 131042 · Business eligibility payment issue · sender. Messages cannot go out because of a billing problem on the WhatsApp Business Account, such as no payment method, a missing or exhausted credit line, or an account whose currency or time zone is not set. Fix the billing setup, then resend. */
  BUSINESS_ELIGIBILITY_PAYMENT_ISSUE: 131042,
  /** 131044 · No valid payment method attached for user-initiated calls · sender. An error webhook reports that a user-initiated call could not be handled because the business has no valid payment method attached. Add a payment method to the account; it is the calling counterpart of 131042. */
  CALLING_PAYMENT_METHOD_MISSING: 131044,
  /** 131045 · Incorrect certificate · sender. The message failed because of a problem with the phone number's registration. Register the number again before retrying. */
  INCORRECT_CERTIFICATE: 131045,
  /** 131047 · Re-engagement message · sender. More than 24 hours have passed since the user last wrote to the business, so the customer service window is closed and free-form messages are refused. Send an approved template message instead. */
  RE_ENGAGEMENT_MESSAGE_REQUIRED: 131047,
  /** 131048 · Spam rate limit hit · sender. This number may only send a restricted volume of messages because many earlier messages were blocked or reported as spam by recipients. Do not resend; check the number's quality status and improve what you send. */
  SPAM_RATE_LIMIT_HIT: 131048,
  /** 131049 · This message was not delivered to maintain healthy ecosystem engagement · platform. Meta chose not to deliver this marketing message to keep engagement healthy, for example because the user reached the per-user limit on marketing templates. Do not resend right away; wait at least 24 hours before trying that user again. */
  HEALTHY_ECOSYSTEM_LIMIT: 131049,
  /** 131050 · Recipient has chosen to stop receiving marketing messages from your business · recipient. The user has turned off marketing messages from this business, so marketing templates to them are refused. Do not retry; follow opt-outs through the user_preferences webhook. */
  RECIPIENT_OPTED_OUT_OF_MARKETING: 131050,
  /** 131051 · Unsupported message type · sender. On a send, the message type is not one the API supports; on an inbound webhook, the user sent something the API cannot pass on. For sends, switch to a supported message type. */
  UNSUPPORTED_MESSAGE_TYPE: 131051,
  /** 131052 · Media download error · platform. Media that the user sent could not be downloaded, so the inbound message arrives without it. Check error_data.details and ask the user to share the file another way. */
  MEDIA_DOWNLOAD_ERROR: 131052,
  /** 131053 · Media upload error · sender. The media attached to your outgoing message could not be uploaded, for example because its type is not supported. Check error_data.details and the supported media types, then resend with a valid file. */
  MEDIA_UPLOAD_ERROR: 131053,
  /** 131055 · Method not allowed · sender. The API does not accept this kind of request: the Marketing Messages API takes only marketing templates, and the Calling API refuses Graph API calls for numbers set up for SIP. Use the matching API or method. */
  METHOD_NOT_ALLOWED: 131055,
  /** 131056 · (Business Account, Consumer Account) pair rate limit hit · sender. The business number sent too many messages to one and the same recipient within a short time. Wait before messaging that recipient again; sending to other recipients is unaffected. */
  PAIR_RATE_LIMIT_HIT: 131056,
  /** 131057 · Account in maintenance mode · platform. The business account is temporarily in maintenance mode, for instance during a throughput upgrade. Wait and retry; contact support if it persists. */
  ACCOUNT_IN_MAINTENANCE_MODE: 131057,
  /** 131059 · Invalid cursor · sender. The pagination cursor has expired or is corrupt. Start paging again from the first page. */
  INVALID_CURSOR: 131059,
  /** 131060 · This message is currently unavailable · platform. The content of an inbound message was withheld from the webhook, which happens on numbers also used in the WhatsApp Business app (coexistence). Read the message in the WhatsApp Business app. */
  MESSAGE_UNAVAILABLE: 131060,
  /** 131062 · Business-scoped user ID recipient not supported for this message · sender. The message was addressed with a business-scoped user ID (BSUID), but it cannot be delivered to a recipient identified that way. Address it by phone number, or send a message that accepts BSUID recipients. */
  BSUID_RECIPIENT_NOT_SUPPORTED: 131062,
  /** 131063 · Marketing templates are disabled for Cloud API · sender. The template is in the marketing category, but marketing sends through Cloud API are switched off for this setup by disable_marketing_messages_on_cloud_api. Send it through the Marketing Messages API or set that flag to false. */
  MARKETING_TEMPLATES_DISABLED_ON_CLOUD_API: 131063,
  /** 131064 · Message limit reached due to template classification violations · sender. Meta has capped how many messages the account may send because its templates were put in the wrong category; the cap applies to template and free-form messages alike. Wait for the enforcement period to end and make sure templates are categorised correctly. */
  TEMPLATE_CLASSIFICATION_MESSAGE_LIMIT: 131064,
  /** 131201 · Request partially succeeded · sender. Some participant operations in the request worked and others failed. Inspect the per-participant results and resubmit only the failed ones after fixing them. */
  REQUEST_PARTIALLY_SUCCEEDED: 131201,
  /** 131202 · Duplicate participant · sender. The participant list names the same user more than once. Remove the duplicates and resend. */
  DUPLICATE_PARTICIPANT: 131202,
  /** 131204 · Participant overlimit · sender. Adding these participants would take the group past its maximum size. */
  PARTICIPANT_OVERLIMIT: 131204,
  /** 131207 · Group suspended · sender. The group has been suspended for violating policy and cannot be used. */
  GROUP_SUSPENDED: 131207,
  /** 131208 · Group Rate Limit Hit · sender. Too many group operations were made in a short time. Back off and retry. */
  GROUP_RATE_LIMIT_HIT: 131208,
  /** 131209 · Invalid Group Profile Picture Aspect Ratio · sender. The group profile picture is not square. Crop it to a 1:1 aspect ratio and upload it again. */
  INVALID_GROUP_PROFILE_PICTURE_ASPECT_RATIO: 131209,
  /** 131210 · Image is Too Small to Process · sender. The group profile image is too small (192 pixels or less). Upload a larger image. */
  IMAGE_TOO_SMALL_TO_PROCESS: 131210,
  /** 131211 · Group create limit reached · sender. This business number has already created as many groups as it is allowed. */
  GROUP_CREATE_LIMIT_REACHED: 131211,
  /** 131212 · Participant is not a part of the group. · sender. The user the operation targets is not a member of the group. */
  PARTICIPANT_NOT_IN_GROUP: 131212,
  /** 131213 · Group join request does not exist. · sender. The join request referenced in the call does not exist. */
  GROUP_JOIN_REQUEST_DOES_NOT_EXIST: 131213,
  /** 131214 · Group creation is temporarily disabled · sender. Group creation is paused for this number (for 7 days) because it sent too much marketing within customer service windows. Wait for the pause to end. */
  GROUP_CREATION_TEMPORARILY_DISABLED: 131214,
  /** 131215 · This phone number is not eligible to access Groups APIs · sender. The business phone number does not meet the requirements for using the Groups API. */
  NOT_ELIGIBLE_FOR_GROUPS_API: 131215,
  /** 132000 · Template Param Count Mismatch · sender. The number of variable values in the request differs from the number of variables the template defines. Supply exactly one value per template variable. */
  TEMPLATE_PARAM_COUNT_MISMATCH: 132000,
  /** 132001 · Template does not exist · sender. No approved template with this name exists in the requested language. Check the template name, the language code and the approval status. */
  TEMPLATE_DOES_NOT_EXIST: 132001,
  /** 132005 · Template Hydrated Text Too Long · sender. Once the variables are filled in, the template text is longer than allowed. Shorten the variable values and check the template's translation in WhatsApp Manager. */
  TEMPLATE_HYDRATED_TEXT_TOO_LONG: 132005,
  /** 132007 · Template Format Character Policy Violated · sender. The template content breaks a WhatsApp policy. Check the rejection reasons and change the content. */
  TEMPLATE_FORMAT_CHARACTER_POLICY_VIOLATED: 132007,
  /** 132012 · Template Parameter Format Mismatch · sender. The values supplied for the template variables are not in the format the template specifies. Format each value the way the template expects. */
  TEMPLATE_PARAMETER_FORMAT_MISMATCH: 132012,
  /** 132015 · Template is Paused · sender. The template was paused because of low quality and cannot be sent for now. Edit it to raise its quality and send again once it is approved. */
  TEMPLATE_PAUSED: 132015,
  /** 132016 · Template is Disabled · sender. The template was paused too many times for low quality and is now disabled for good. Create a new template with different content. */
  TEMPLATE_DISABLED: 132016,
  /** 132018 · Template validation error · sender. The parameters given for the template failed validation. Review the reported problems, correct the parameters and resend. */
  TEMPLATE_VALIDATION_ERROR: 132018,
  /** 132068 · Flow is blocked · sender. The Flow in the message is in the blocked state, which can also happen when its endpoint setup (such as the public key) is incomplete. Fix the Flow before sending it again. */
  FLOW_BLOCKED: 132068,
  /** 132069 · Flow is throttled · sender. The Flow is throttled: 10 messages using it have already been sent in the last hour. Wait before sending it again. */
  FLOW_THROTTLED: 132069,
  /** 133000 · Incomplete Deregistration · sender. An earlier attempt to deregister the number did not complete. Deregister it again before registering. */
  INCOMPLETE_DEREGISTRATION: 133000,
  /** 133004 · Server Temporarily Unavailable · platform. The server handling registration is temporarily unavailable. Check the status page and the details field, then retry. */
  SERVER_TEMPORARILY_UNAVAILABLE: 133004,
  /** 133005 · Two step verification PIN Mismatch · sender. The two-step verification PIN in the request is wrong. Send the correct PIN, or disable two-step verification and set a new one. */
  TWO_STEP_VERIFICATION_PIN_MISMATCH: 133005,
  /** 133006 · Phone number re-verification needed · sender. The phone number has to be verified again before it can be registered. Verify it, then register. */
  PHONE_NUMBER_REVERIFICATION_NEEDED: 133006,
  /** 133008 · Too Many two step verification PIN Guesses · sender. Too many wrong two-step verification PINs were tried for this number. Wait for the time given in details before trying again. */
  TOO_MANY_TWO_STEP_VERIFICATION_PIN_GUESSES: 133008,
  /** 133009 · Two step verification PIN Guessed Too Fast · sender. PIN attempts were made too quickly one after another. Slow down and retry after the delay given in details. */
  TWO_STEP_VERIFICATION_PIN_GUESSED_TOO_FAST: 133009,
  /** 133010 · Phone number Not Registered · sender. The business phone number is not registered on the WhatsApp Business Platform. Register it before sending. */
  PHONE_NUMBER_NOT_REGISTERED: 133010,
  /** 133015 · Please wait a few minutes before attempting to register this phone number · sender. The number was deleted recently and the deletion is still being processed. Wait about five minutes before registering it again. */
  WAIT_BEFORE_REGISTERING_PHONE_NUMBER: 133015,
  /** 133016 · Account register deregister rate limit exceeded · sender. Too many register or deregister attempts were made for this phone number in a short period, so further attempts are blocked for a while. Retry once the block has lifted. */
  ACCOUNT_REGISTER_DEREGISTER_RATE_LIMIT_EXCEEDED: 133016,
  /** 134011 · WhatsApp Payments Terms of Service not accepted · sender. The message could not be sent because the business has not yet accepted the WhatsApp Payments Terms of Service. Accept them (the error links to them) and retry. */
  PAYMENTS_TERMS_NOT_ACCEPTED: 134011,
  /** 134100 · Only marketing messages supported · sender. The Marketing Messages API only sends marketing templates and this message is not one. Use a marketing-category template, or send through the regular messages endpoint. */
  ONLY_MARKETING_MESSAGES_SUPPORTED: 134100,
  /** 134101 · Your template is still syncing · platform. A newly created template is still being synced for the Marketing Messages API, which can take about 10 minutes. Wait a few minutes and send again. */
  TEMPLATE_STILL_SYNCING: 134101,
  /** 134102 · Template unavailable for use · sender. The template cannot be used on the Marketing Messages API because its ad sync failed or the account is not eligible for that API. Check the onboarding status and contact support if you are onboarded and it persists. */
  TEMPLATE_UNAVAILABLE_FOR_USE: 134102,
  /** 135000 · Generic user error · sender. The request failed because of an unspecified problem with its parameters. Check it against the endpoint reference and contact support if it continues. */
  GENERIC_USER_ERROR: 135000,
  /** 138000 · Calling not enabled · sender. Calling APIs are turned off for this business phone number. Enable calling in the number's call settings. */
  CALLING_NOT_ENABLED: 138000,
  /** 138001 · Receiver Uncallable · recipient. The user cannot take WhatsApp calls: the number may not be on WhatsApp, the user may not have accepted the Terms of Service, or their client does not support calls. Confirm with the user that they can be called this way. */
  RECEIVER_UNCALLABLE: 138001,
  /** 138002 · Concurrent Calls limit · sender. The number already has the maximum of 1,000 calls in progress. Retry later or run fewer calls at once. */
  CONCURRENT_CALLS_LIMIT: 138002,
  /** 138003 · Duplicate call · sender. A call with this user is already in progress. Try again after the current call ends. */
  DUPLICATE_CALL: 138003,
  /** 138004 · Connection error · platform. The call could not be connected. Retry later and check the connection parameters you supplied. */
  CONNECTION_ERROR: 138004,
  /** 138005 · Call rate limit exceeded · sender. The business number has started as many calls as it may for now. Retry later or initiate calls less often. */
  CALL_RATE_LIMIT_EXCEEDED: 138005,
  /** 138006 · No approved call permission found · recipient. The user has not approved a call permission for this business. Obtain the user's call permission before calling. */
  NO_APPROVED_CALL_PERMISSION: 138006,
  /** 138007 · Connect Timeout error · sender. The call timed out because the business did not apply the offer/answer SDP from Cloud API, or did not call the connect API with its answer SDP, in time. Speed up your SDP handling. */
  CONNECT_TIMEOUT_ERROR: 138007,
  /** 138009 · Call Permission Request Limit Hit · sender. The business sent this user too many call permission requests in the allowed period. Wait for the limit to reset; a connected call with the user also resets it. */
  CALL_PERMISSION_REQUEST_LIMIT_HIT: 138009,
  /** 138012 · Business Initiated Calls Limit Hit · sender. The daily cap on connected business-initiated calls has been reached. error_data says when the next call is allowed. */
  BUSINESS_INITIATED_CALLS_LIMIT_HIT: 138012,
  /** 138013 · Business-initiated calling is not available · sender. Business-initiated calling is not offered for this business phone number. Check Meta's calling availability list. */
  BUSINESS_INITIATED_CALLING_NOT_AVAILABLE: 138013,
  /** 138014 · Calling is temporarily disabled · sender. Calling for this number has been paused because of low quality. Make outreach useful rather than spammy and retry once the restriction is lifted. */
  CALLING_TEMPORARILY_DISABLED: 138014,
  /** 138015 · Calling cannot be enabled · sender. Calling cannot be switched on because the number's messaging limit is below 2,000. Raise the messaging limit first. */
  CALLING_CANNOT_BE_ENABLED: 138015,
  /** 138017 · Call permission request can't be sent because a permanent permission already exists · sender. The user has already granted this number permanent permission to call, so no new permission request is needed. */
  PERMANENT_CALL_PERMISSION_EXISTS: 138017,
  /** 138018 · WhatsApp Business calling cannot be enabled because technical pre-requisites are not met · sender. Calling cannot be enabled until SIP is configured or an app subscribed to the WhatsApp Business Account also subscribes to the calls webhook field. Complete the setup and retry. */
  CALLING_PREREQUISITES_NOT_MET: 138018,
  /** 138019 · Call setup failed · platform. The user's WhatsApp client could not set up the call. Reported in the call terminate webhook; try calling again later. */
  CALL_SETUP_FAILED: 138019,
  /** 138020 · Relay connection failed · platform. The user's WhatsApp client could not connect to the relay server. Reported in the call terminate webhook; try again later. */
  RELAY_CONNECTION_FAILED: 138020,
  /** 138021 · Media receive timeout · platform. The user's client ended the call after receiving no media for too long. Reported in the call terminate webhook; make sure your side sends media to the relay, then try again. */
  MEDIA_RECEIVE_TIMEOUT: 138021,
  /** 138022 · Media transmit timeout · platform. The user's client ended the call after sending no media for too long. Reported in the call terminate webhook; try again later. */
  MEDIA_TRANSMIT_TIMEOUT: 138022,
  /** 138023 · Call accepted but terminated with no media signals · platform. The call was accepted but ended without any media connection signals, so Cloud API cannot tell whether it connected. Reported in the call terminate webhook; try again later. */
  CALL_TERMINATED_WITH_NO_MEDIA_SIGNALS: 138023,
  /** 139000 · Blocked By Integrity · sender. An integrity problem on the account stops it from creating or publishing Flows. Contact Meta support to get it resolved. */
  FLOW_BLOCKED_BY_INTEGRITY: 139000,
  /** 139001 · Flow can't be updated · sender. Updating the Flow failed: published Flows cannot be changed (clone and republish instead), endpoint_uri was passed for Flow JSON older than 3.0, or the Flow JSON was saved but could not be processed. Fix the request, except for the processing failure, which can be retried as is. */
  FLOW_CANNOT_BE_UPDATED: 139001,
  /** 139002 · Publishing Flow in invalid state · sender. Publishing the Flow failed because a precondition is not met: it is not a draft, has validation errors, lacks an endpoint or data_channel_uri, uses an unsupported version, or the account lacks a phone number, signed public key, connected app, reachable endpoint or Flows webhook subscription. The title says which one; fix it and publish again. */
  FLOW_CANNOT_BE_PUBLISHED: 139002,
  /** 139003 · Can't deprecate unpublished flow · sender. The Flow cannot be deprecated, either because it was never published (delete the draft instead) or because it is already deprecated, in which case nothing is left to do. */
  FLOW_CANNOT_BE_DEPRECATED: 139003,
  /** 139004 · Can't delete published Flow · sender. A Flow that has been published cannot be deleted. Deprecate it instead. */
  PUBLISHED_FLOW_CANNOT_BE_DELETED: 139004,
  /** 139006 · Metrics threshold is not reached · platform. There is not yet enough usage data to compute metrics for this Flow. Ask for the metrics again later. */
  METRICS_THRESHOLD_NOT_REACHED: 139006,
  /** 139100 · Failed to block/unblock some users · sender. A bulk block or unblock request only partly succeeded. Read block_users.failed_users for the per-user errors and retry those after fixing them. */
  FAILED_TO_BLOCK_UNBLOCK_SOME_USERS: 139100,
  /** 139101 · Blocklist limit reached · sender. The business's block list is full (64,000 users). Unblock users before blocking more. */
  BLOCKLIST_LIMIT_REACHED: 139101,
  /** 139102 · Blocklist concurrent update · platform. The block list changed while you were paging through it. Read the list again from the beginning. */
  BLOCKLIST_CONCURRENT_UPDATE: 139102,
  /** 139103 · Internal error · platform. The block users request failed because of an internal error at Meta. Retry later. */
  BLOCK_USERS_INTERNAL_ERROR: 139103,
  /** 147001 · Username not available · sender. The requested business username is taken or was rejected. Pick a different username. */
  USERNAME_NOT_AVAILABLE: 147001,
  /** 147002 · Account not eligible to request a username · sender. The account cannot request a username yet because its messaging limit is too low. */
  ACCOUNT_NOT_ELIGIBLE_FOR_USERNAME: 147002,
  /** 147003 · FB Account not linked · sender. A username cannot be set until a Facebook Page is linked to the account. Link the Page, then retry. */
  FB_ACCOUNT_NOT_LINKED: 147003,
  /** 147004 · IG Account not linked · sender. A username cannot be set until an Instagram account is linked. Link the Instagram account, then retry. */
  IG_ACCOUNT_NOT_LINKED: 147004,
  /** 200005 · Template insights unavailable · platform. Template insights are not available for this WhatsApp Business Account yet, so they cannot be turned on at this time. */
  TEMPLATE_INSIGHTS_UNAVAILABLE: 200005,
  /** 200006 · Cannot disable template insights · sender. Template insights cannot be switched off once they have been enabled on the account. Do not retry. */
  CANNOT_DISABLE_TEMPLATE_INSIGHTS: 200006,
  /** 200007 · Template Insights not enabled · sender. Template insights have to be enabled on the WhatsApp Business Account before this request can succeed. Enable them, then retry. */
  TEMPLATE_INSIGHTS_NOT_ENABLED: 200007,
  /** 1752041 · Duplicate Request · sender. The client business was already invited to onboard by a partner, so this invitation is a duplicate. No action is needed: the client's eligible accounts are onboarded automatically. */
  DUPLICATE_REQUEST: 1752041,
  /** 2388012 · This phone number already exists in your list of phone numbers · sender. The number you are trying to migrate is already part of this WhatsApp Business Account. Migrate a different number. */
  PHONE_NUMBER_ALREADY_EXISTS: 2388012,
  /** 2388019 · Message Template Limit Exceeded · sender. The WhatsApp Business Account already holds the maximum number of templates (250). Delete templates you no longer use before creating new ones. */
  MESSAGE_TEMPLATE_LIMIT_EXCEEDED: 2388019,
  /** 2388039 · Message template status can't be changed · sender. The template cannot be edited while it is in its current status. Try the edit again once the status allows it. */
  MESSAGE_TEMPLATE_STATUS_CANNOT_BE_CHANGED: 2388039,
  /** 2388040 · Character limit exceeded · sender. A field of the template being created is longer than allowed. Shorten the field named in the error message. */
  CHARACTER_LIMIT_EXCEEDED: 2388040,
  /** 2388047 · Message header format is incorrect · sender. The header of the template being created is not formatted correctly. Fix it as described in the error message. */
  MESSAGE_HEADER_FORMAT_INCORRECT: 2388047,
  /** 2388072 · Message body format is incorrect · sender. The body of the template being created is not formatted correctly. Fix it as described in the error message. */
  MESSAGE_BODY_FORMAT_INCORRECT: 2388072,
  /** 2388073 · Message footer format is incorrect · sender. The footer of the template being created is not formatted correctly. Fix it as described in the error message. */
  MESSAGE_FOOTER_FORMAT_INCORRECT: 2388073,
  /** 2388091 · This phone number isn't eligible to receive a registration code since it is not being migrated · sender. Requesting a registration code through the phone-ownership APIs is only for numbers being migrated, and this one is not. Register and verify the number the usual way. */
  NOT_ELIGIBLE_TO_RECEIVE_REGISTRATION_CODE: 2388091,
  /** 2388093 · This phone number isn't eligible to verify a registration code since it is not being migrated · sender. Verifying a registration code through the phone-ownership APIs is only for numbers being migrated, and this one is not. Register and verify the number the usual way. */
  NOT_ELIGIBLE_TO_VERIFY_REGISTRATION_CODE: 2388093,
  /** 2388103 · Cannot migrate phone number · sender. Migrating the phone number failed, and this one code covers many causes: no webhooks on the destination account, display name not approved, source or destination account not approved, no payment account or credit line, a different business, a pending "Messaging For" request, a number that can simply be added directly, or an internal failure. Read the title and details to see which, fix it and retry. */
  CANNOT_MIGRATE_PHONE_NUMBER: 2388103,
  /** 2388293 · Parameters words ratio exceeds limit · sender. The template has too many variables for the amount of text around them. Use fewer variables or write more text. */
  PARAMETERS_WORDS_RATIO_EXCEEDS_LIMIT: 2388293,
  /** 2388299 · Leading or trailing parameters not allowed · sender. A variable sits at the very start or end of the template text, which is not allowed. Move it inside the text. */
  LEADING_OR_TRAILING_PARAMETERS_NOT_ALLOWED: 2388299,
  /** 2494100 · Account is in maintenance mode · platform. During phone number migration the business number is in maintenance mode. Retry in a few minutes. */
  MIGRATION_ACCOUNT_IN_MAINTENANCE_MODE: 2494100,
  /** 2593107 · Sync API already used for this phone number · sender. Contacts and message history of a number onboarded from the WhatsApp Business app (coexistence) can each be synced only once, and that has already happened. To sync again, offboard and re-onboard the business. */
  SYNC_REQUEST_LIMIT_REACHED: 2593107,
  /** 2593108 · Sync requested more than 24 hours after onboarding · sender. Contacts and history for a coexistence number can only be synced within 24 hours of onboarding, and that time has passed. Offboard and re-onboard the business to sync. */
  SYNC_WINDOW_EXPIRED: 2593108,
} as const;

/** The union of every documented code, each value of a range included. */
export type WhatsAppErrorCode =
  | 0 | 1 | 2 | 3 | 4 | 10 | 33 | 100 | 190 | 200
  | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 209 | 210
  | 211 | 212 | 213 | 214 | 215 | 216 | 217 | 218 | 219 | 220
  | 221 | 222 | 223 | 224 | 225 | 226 | 227 | 228 | 229 | 230
  | 231 | 232 | 233 | 234 | 235 | 236 | 237 | 238 | 239 | 240
  | 241 | 242 | 243 | 244 | 245 | 246 | 247 | 248 | 249 | 250
  | 251 | 252 | 253 | 254 | 255 | 256 | 257 | 258 | 259 | 260
  | 261 | 262 | 263 | 264 | 265 | 266 | 267 | 268 | 269 | 270
  | 271 | 272 | 273 | 274 | 275 | 276 | 277 | 278 | 279 | 280
  | 281 | 282 | 283 | 284 | 285 | 286 | 287 | 288 | 289 | 290
  | 291 | 292 | 293 | 294 | 295 | 296 | 297 | 298 | 299 | 368
  | 613 | 80007 | 130403 | 130429 | 130472 | 130497 | 131000 | 131005 | 131008 | 131009
  | 131016 | 131020 | 131021 | 131026 | 131030 | 131031 | 131037 | 131041 | 131042 | 131044
  | 131045 | 131047 | 131048 | 131049 | 131050 | 131051 | 131052 | 131053 | 131055 | 131056
  | 131057 | 131059 | 131060 | 131062 | 131063 | 131064 | 131201 | 131202 | 131204 | 131207
  | 131208 | 131209 | 131210 | 131211 | 131212 | 131213 | 131214 | 131215 | 132000 | 132001
  | 132005 | 132007 | 132012 | 132015 | 132016 | 132018 | 132068 | 132069 | 133000 | 133004
  | 133005 | 133006 | 133008 | 133009 | 133010 | 133015 | 133016 | 134011 | 134100 | 134101
  | 134102 | 135000 | 138000 | 138001 | 138002 | 138003 | 138004 | 138005 | 138006 | 138007
  | 138009 | 138012 | 138013 | 138014 | 138015 | 138017 | 138018 | 138019 | 138020 | 138021
  | 138022 | 138023 | 139000 | 139001 | 139002 | 139003 | 139004 | 139006 | 139100 | 139101
  | 139102 | 139103 | 147001 | 147002 | 147003 | 147004 | 200005 | 200006 | 200007 | 1752041
  | 2388012 | 2388019 | 2388039 | 2388040 | 2388047 | 2388072 | 2388073 | 2388091 | 2388093 | 2388103
  | 2388293 | 2388299 | 2494100 | 2593107 | 2593108;

/** The codes of the `sender` category. */
export type SenderErrorCode =
  | 0 | 3 | 4 | 10 | 33 | 100 | 190 | 200 | 201 | 202
  | 203 | 204 | 205 | 206 | 207 | 208 | 209 | 210 | 211 | 212
  | 213 | 214 | 215 | 216 | 217 | 218 | 219 | 220 | 221 | 222
  | 223 | 224 | 225 | 226 | 227 | 228 | 229 | 230 | 231 | 232
  | 233 | 234 | 235 | 236 | 237 | 238 | 239 | 240 | 241 | 242
  | 243 | 244 | 245 | 246 | 247 | 248 | 249 | 250 | 251 | 252
  | 253 | 254 | 255 | 256 | 257 | 258 | 259 | 260 | 261 | 262
  | 263 | 264 | 265 | 266 | 267 | 268 | 269 | 270 | 271 | 272
  | 273 | 274 | 275 | 276 | 277 | 278 | 279 | 280 | 281 | 282
  | 283 | 284 | 285 | 286 | 287 | 288 | 289 | 290 | 291 | 292
  | 293 | 294 | 295 | 296 | 297 | 298 | 299 | 368 | 613 | 80007
  | 130403 | 130429 | 130497 | 131005 | 131008 | 131009 | 131020 | 131021 | 131030 | 131031
  | 131037 | 131041 | 131042 | 131044 | 131045 | 131047 | 131048 | 131051 | 131053 | 131055
  | 131056 | 131059 | 131062 | 131063 | 131064 | 131201 | 131202 | 131204 | 131207 | 131208
  | 131209 | 131210 | 131211 | 131212 | 131213 | 131214 | 131215 | 132000 | 132001 | 132005
  | 132007 | 132012 | 132015 | 132016 | 132018 | 132068 | 132069 | 133000 | 133005 | 133006
  | 133008 | 133009 | 133010 | 133015 | 133016 | 134011 | 134100 | 134102 | 135000 | 138000
  | 138002 | 138003 | 138005 | 138007 | 138009 | 138012 | 138013 | 138014 | 138015 | 138017
  | 138018 | 139000 | 139001 | 139002 | 139003 | 139004 | 139100 | 139101 | 147001 | 147002
  | 147003 | 147004 | 200006 | 200007 | 1752041 | 2388012 | 2388019 | 2388039 | 2388040 | 2388047
  | 2388072 | 2388073 | 2388091 | 2388093 | 2388103 | 2388293 | 2388299 | 2593107 | 2593108;

/** The codes of the `recipient` category. */
export type RecipientErrorCode =
  | 130472 | 131026 | 131050 | 138001 | 138006;

/** The codes of the `platform` category. */
export type PlatformErrorCode =
  | 1 | 2 | 131000 | 131016 | 131049 | 131052 | 131057 | 131060 | 133004 | 134101
  | 138004 | 138019 | 138020 | 138021 | 138022 | 138023 | 139006 | 139102 | 139103 | 200005
  | 2494100;

/** Code → category, one member per code: `CategoryOf` is an indexed access into it. */
export interface ErrorCategoryByCode {
  readonly 0: 'sender';
  readonly 1: 'platform';
  readonly 2: 'platform';
  readonly 3: 'sender';
  readonly 4: 'sender';
  readonly 10: 'sender';
  readonly 33: 'sender';
  readonly 100: 'sender';
  readonly 190: 'sender';
  readonly 200: 'sender';
  readonly 201: 'sender';
  readonly 202: 'sender';
  readonly 203: 'sender';
  readonly 204: 'sender';
  readonly 205: 'sender';
  readonly 206: 'sender';
  readonly 207: 'sender';
  readonly 208: 'sender';
  readonly 209: 'sender';
  readonly 210: 'sender';
  readonly 211: 'sender';
  readonly 212: 'sender';
  readonly 213: 'sender';
  readonly 214: 'sender';
  readonly 215: 'sender';
  readonly 216: 'sender';
  readonly 217: 'sender';
  readonly 218: 'sender';
  readonly 219: 'sender';
  readonly 220: 'sender';
  readonly 221: 'sender';
  readonly 222: 'sender';
  readonly 223: 'sender';
  readonly 224: 'sender';
  readonly 225: 'sender';
  readonly 226: 'sender';
  readonly 227: 'sender';
  readonly 228: 'sender';
  readonly 229: 'sender';
  readonly 230: 'sender';
  readonly 231: 'sender';
  readonly 232: 'sender';
  readonly 233: 'sender';
  readonly 234: 'sender';
  readonly 235: 'sender';
  readonly 236: 'sender';
  readonly 237: 'sender';
  readonly 238: 'sender';
  readonly 239: 'sender';
  readonly 240: 'sender';
  readonly 241: 'sender';
  readonly 242: 'sender';
  readonly 243: 'sender';
  readonly 244: 'sender';
  readonly 245: 'sender';
  readonly 246: 'sender';
  readonly 247: 'sender';
  readonly 248: 'sender';
  readonly 249: 'sender';
  readonly 250: 'sender';
  readonly 251: 'sender';
  readonly 252: 'sender';
  readonly 253: 'sender';
  readonly 254: 'sender';
  readonly 255: 'sender';
  readonly 256: 'sender';
  readonly 257: 'sender';
  readonly 258: 'sender';
  readonly 259: 'sender';
  readonly 260: 'sender';
  readonly 261: 'sender';
  readonly 262: 'sender';
  readonly 263: 'sender';
  readonly 264: 'sender';
  readonly 265: 'sender';
  readonly 266: 'sender';
  readonly 267: 'sender';
  readonly 268: 'sender';
  readonly 269: 'sender';
  readonly 270: 'sender';
  readonly 271: 'sender';
  readonly 272: 'sender';
  readonly 273: 'sender';
  readonly 274: 'sender';
  readonly 275: 'sender';
  readonly 276: 'sender';
  readonly 277: 'sender';
  readonly 278: 'sender';
  readonly 279: 'sender';
  readonly 280: 'sender';
  readonly 281: 'sender';
  readonly 282: 'sender';
  readonly 283: 'sender';
  readonly 284: 'sender';
  readonly 285: 'sender';
  readonly 286: 'sender';
  readonly 287: 'sender';
  readonly 288: 'sender';
  readonly 289: 'sender';
  readonly 290: 'sender';
  readonly 291: 'sender';
  readonly 292: 'sender';
  readonly 293: 'sender';
  readonly 294: 'sender';
  readonly 295: 'sender';
  readonly 296: 'sender';
  readonly 297: 'sender';
  readonly 298: 'sender';
  readonly 299: 'sender';
  readonly 368: 'sender';
  readonly 613: 'sender';
  readonly 80007: 'sender';
  readonly 130403: 'sender';
  readonly 130429: 'sender';
  readonly 130472: 'recipient';
  readonly 130497: 'sender';
  readonly 131000: 'platform';
  readonly 131005: 'sender';
  readonly 131008: 'sender';
  readonly 131009: 'sender';
  readonly 131016: 'platform';
  readonly 131020: 'sender';
  readonly 131021: 'sender';
  readonly 131026: 'recipient';
  readonly 131030: 'sender';
  readonly 131031: 'sender';
  readonly 131037: 'sender';
  readonly 131041: 'sender';
  readonly 131042: 'sender';
  readonly 131044: 'sender';
  readonly 131045: 'sender';
  readonly 131047: 'sender';
  readonly 131048: 'sender';
  readonly 131049: 'platform';
  readonly 131050: 'recipient';
  readonly 131051: 'sender';
  readonly 131052: 'platform';
  readonly 131053: 'sender';
  readonly 131055: 'sender';
  readonly 131056: 'sender';
  readonly 131057: 'platform';
  readonly 131059: 'sender';
  readonly 131060: 'platform';
  readonly 131062: 'sender';
  readonly 131063: 'sender';
  readonly 131064: 'sender';
  readonly 131201: 'sender';
  readonly 131202: 'sender';
  readonly 131204: 'sender';
  readonly 131207: 'sender';
  readonly 131208: 'sender';
  readonly 131209: 'sender';
  readonly 131210: 'sender';
  readonly 131211: 'sender';
  readonly 131212: 'sender';
  readonly 131213: 'sender';
  readonly 131214: 'sender';
  readonly 131215: 'sender';
  readonly 132000: 'sender';
  readonly 132001: 'sender';
  readonly 132005: 'sender';
  readonly 132007: 'sender';
  readonly 132012: 'sender';
  readonly 132015: 'sender';
  readonly 132016: 'sender';
  readonly 132018: 'sender';
  readonly 132068: 'sender';
  readonly 132069: 'sender';
  readonly 133000: 'sender';
  readonly 133004: 'platform';
  readonly 133005: 'sender';
  readonly 133006: 'sender';
  readonly 133008: 'sender';
  readonly 133009: 'sender';
  readonly 133010: 'sender';
  readonly 133015: 'sender';
  readonly 133016: 'sender';
  readonly 134011: 'sender';
  readonly 134100: 'sender';
  readonly 134101: 'platform';
  readonly 134102: 'sender';
  readonly 135000: 'sender';
  readonly 138000: 'sender';
  readonly 138001: 'recipient';
  readonly 138002: 'sender';
  readonly 138003: 'sender';
  readonly 138004: 'platform';
  readonly 138005: 'sender';
  readonly 138006: 'recipient';
  readonly 138007: 'sender';
  readonly 138009: 'sender';
  readonly 138012: 'sender';
  readonly 138013: 'sender';
  readonly 138014: 'sender';
  readonly 138015: 'sender';
  readonly 138017: 'sender';
  readonly 138018: 'sender';
  readonly 138019: 'platform';
  readonly 138020: 'platform';
  readonly 138021: 'platform';
  readonly 138022: 'platform';
  readonly 138023: 'platform';
  readonly 139000: 'sender';
  readonly 139001: 'sender';
  readonly 139002: 'sender';
  readonly 139003: 'sender';
  readonly 139004: 'sender';
  readonly 139006: 'platform';
  readonly 139100: 'sender';
  readonly 139101: 'sender';
  readonly 139102: 'platform';
  readonly 139103: 'platform';
  readonly 147001: 'sender';
  readonly 147002: 'sender';
  readonly 147003: 'sender';
  readonly 147004: 'sender';
  readonly 200005: 'platform';
  readonly 200006: 'sender';
  readonly 200007: 'sender';
  readonly 1752041: 'sender';
  readonly 2388012: 'sender';
  readonly 2388019: 'sender';
  readonly 2388039: 'sender';
  readonly 2388040: 'sender';
  readonly 2388047: 'sender';
  readonly 2388072: 'sender';
  readonly 2388073: 'sender';
  readonly 2388091: 'sender';
  readonly 2388093: 'sender';
  readonly 2388103: 'sender';
  readonly 2388293: 'sender';
  readonly 2388299: 'sender';
  readonly 2494100: 'platform';
  readonly 2593107: 'sender';
  readonly 2593108: 'sender';
}

/** The catalog entries, sorted by code. */
export const ERROR_CODE_ENTRIES: readonly CatalogCodeEntry[] = [
  { code: 0, name: "AUTH_EXCEPTION", title: "AuthException", category: "sender", summary: "The access token could not authenticate the app user, usually because it expired or was invalidated, or because the user changed a setting that blocks apps from their data. Get a new access token before retrying.", retry: "fix", aliases: [], keywords: ["auth exception","authenticate app user","token invalidated"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 401, metaGroup: "Authorization" },
  { code: 1, name: "API_UNKNOWN", title: "API Unknown", category: "platform", summary: "The request was invalid or the server hit an error it could not classify. Check Meta's status page and the request format; one retry is reasonable.", retry: "yes", aliases: [], keywords: ["api unknown"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Retry once only; if it fails again, treat it as a problem with the request." },
  { code: 2, name: "API_SERVICE", title: "API Service", category: "platform", summary: "Meta's service is briefly down or overloaded. Check the platform status page and retry with backoff.", retry: "yes", aliases: [], keywords: ["api service"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 503, metaGroup: "Other" },
  { code: 3, name: "API_METHOD", title: "API Method", category: "sender", summary: "The app lacks a capability or permission that the called endpoint requires. Check the token in the Access Token Debugger and add what is missing before calling again.", retry: "fix", aliases: [], keywords: ["api method","missing capability"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Authorization" },
  { code: 4, name: "API_TOO_MANY_CALLS", title: "API Too Many Calls", category: "sender", summary: "The app has used up its Graph API call allowance for now. Back off, retry later, and lower how often the app calls the API.", retry: "yes", aliases: [], keywords: ["too many api calls","app rate limit","api call rate"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling" },
  { code: 10, name: "PERMISSION_DENIED", title: "Permission Denied", category: "sender", summary: "A permission the call depends on was never granted or has been taken away; Meta also uses it when the API is not available to the account, or when a Flows endpoint phone number is not authorised for the business public key. Grant the permission or fix the setup, then retry.", retry: "fix", aliases: [], keywords: ["permission denied"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Authorization" },
  { code: 33, name: "INVALID_OBJECT_ID", title: "Parameter value is not valid", category: "sender", summary: "The ID the request is addressed to does not point to a usable object, typically because the business phone number behind the phone number ID has been deleted. Check the ID you are calling.", retry: "fix", aliases: [], keywords: ["deleted phone number","object id","nonexistent id"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Shares its title with 131009. This one concerns the ID of the object being called (e.g. a deleted business number), not a field value in the request body." },
  { code: 100, name: "INVALID_PARAMETER", title: "Invalid parameter", category: "sender", summary: "The request contains a parameter that the endpoint does not support, that is misspelled, or whose value is too long. Compare the request with the endpoint reference; on template and phone endpoints the error_subcode and error_user_msg say exactly what is wrong.", retry: "fix", aliases: [], keywords: ["invalid parameter","unsupported parameter","misspelled parameter"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Template-creation and phone-migration errors (2388xxx) often arrive as the error_subcode of code 100. Since v16.0 every code-100 error is titled \"Invalid parameter\" and the former title moved into error_data.details." },
  { code: 190, name: "ACCESS_TOKEN_EXPIRED", title: "Access token has expired", category: "sender", summary: "The access token sent with the request has expired or is otherwise no longer valid. Obtain a fresh token and send the request again.", retry: "fix", aliases: [], keywords: ["token expired","expired token","access token expired"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 401, metaGroup: "Authorization", notes: "Graph API may add an error_subcode (for example 463) that says why the token stopped working." },
  { code: 200, rangeEnd: 299, name: "API_PERMISSION", title: "API Permission", category: "sender", summary: "The app was never given, or has lost, a permission this endpoint needs; every code from 200 to 299 carries this meaning. Code 200 also comes back with the message \"Provide valid app ID\" when a request (some GET calls) carried no access token at all.", retry: "fix", aliases: ["Provide valid app ID"], keywords: ["api permission","provide valid app id"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Authorization", notes: "Range entry for 200-299. Meta's 2026 page also lists code 200 on its own for requests sent without a token; that case is folded into this entry. Unrelated to code 190 (expired token)." },
  { code: 368, name: "TEMPORARILY_BLOCKED_FOR_POLICY_VIOLATIONS", title: "Temporarily blocked for policies violations", category: "sender", summary: "The WhatsApp Business Account behind the app has been restricted or disabled for breaching a platform policy. Resending will not help; review the policy enforcement details for the account.", retry: "no", aliases: [], keywords: ["blocked for policy violations","temporarily blocked","policy enforcement"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Integrity" },
  { code: 613, name: "FETCH_CALL_PERMISSION_API_LIMIT_HIT", title: "Fetch Call Permission For Consumer Phone Number API Limit Hit", category: "sender", summary: "The app sent too many requests to the call permission status API. Back off and check permission status less often.", retry: "yes", aliases: ["Calls to this api have exceeded the rate limit"], keywords: ["call permission status","fetch call permission"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 429, metaGroup: "Calling", notes: "pywa records that this limit used to be reported as 138013. Outside WhatsApp, 613 is also a generic Graph API rate-limit code." },
  { code: 80007, name: "RATE_LIMIT_ISSUES", title: "Rate limit issues", category: "sender", summary: "The WhatsApp Business Account itself has reached its API rate limit, which is separate from the app-wide limit behind code 4. Slow down calls for this account and retry later.", retry: "yes", aliases: [], keywords: ["waba rate limit","business account rate limit"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling" },
  { code: 130403, name: "BUSINESS_BLOCKED_USER", title: "This business has blocked the end user on WhatsApp", category: "sender", summary: "The recipient is on this business's own block list: the business blocked the user, not the other way round. Unblock the user (Block Users API) if you want to message them again.", retry: "fix", aliases: ["Business Has Been Blocked"], keywords: ["blocked user","block list","business blocked user"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Other", notes: "Meta gives no short title; the title is the details text. The seed title \"Business Has Been Blocked\" reads as the opposite of what Meta means." },
  { code: 130429, name: "RATE_LIMIT_HIT", title: "Rate limit hit", category: "sender", summary: "The business phone number is sending faster than its Cloud API message throughput allows. Retry with backoff and spread sends out over time.", retry: "yes", aliases: ["RateLimitHit"], keywords: ["rate limit","throughput","messages per second","mps"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling", notes: "Arrives with HTTP 400, not 429. The Block Users API also returns it when a request carries too many numbers or too many requests are made. On-Premises equivalent: 429." },
  { code: 130472, name: "MARKETING_MESSAGE_EXPERIMENT", title: "User's number is part of an experiment", category: "recipient", summary: "Meta withheld this marketing template because the recipient is in the holdout group of a Meta marketing-message experiment. Nothing on the business side changes this; do not resend.", retry: "no", aliases: ["Marketing Message Experiment","UserIsInExperimentGroup"], keywords: ["experiment","holdout","experiment group"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 472. Often mistaken for the throughput rate limit, which is 130429." },
  { code: 130497, name: "COUNTRY_RESTRICTION", title: "Business account is restricted from messaging users in this country", category: "sender", summary: "The WhatsApp Business Account is not allowed to message users in the recipient's country, depending on the business's category under WhatsApp Business Policy. Do not resend to recipients in that country.", retry: "no", aliases: ["Country Restriction"], keywords: ["country restriction","restricted country","users in this country"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Integrity" },
  { code: 131000, name: "SOMETHING_WENT_WRONG", title: "Something went wrong", category: "platform", summary: "The message failed because of an unexpected internal error at Meta. Retry with backoff and open a support ticket if it keeps happening.", retry: "yes", aliases: ["Generic error"], keywords: ["unknown error","something went wrong"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Other", notes: "2022 title \"Generic error\" (On-Premises 500 and 1000)." },
  { code: 131005, name: "ACCESS_DENIED", title: "Access denied", category: "sender", summary: "A permission needed for this WhatsApp call was never granted or has been removed. Verify the token's permissions and retry once fixed.", retry: "fix", aliases: [], keywords: ["access denied"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Other", notes: "On-Premises equivalent: 1005." },
  { code: 131008, name: "REQUIRED_PARAMETER_MISSING", title: "Required parameter is missing", category: "sender", summary: "The request leaves out a field that the endpoint requires. Add the missing field as listed in the endpoint reference and resend.", retry: "fix", aliases: [], keywords: ["required parameter","missing parameter","parameter missing"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 1008. It does not mean the user blocked the business, a mislabel found in public code." },
  { code: 131009, name: "PARAMETER_VALUE_NOT_VALID", title: "Parameter value is not valid", category: "sender", summary: "One or more values in the request are not acceptable for their fields. Check the allowed values in the endpoint reference; error_data.details usually names the field.", retry: "fix", aliases: [], keywords: ["invalid value","parameter value","value not valid"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Same title as 33. The Calling and Marketing Messages APIs use it with their own details (e.g. voice_call interactive messages not supported in the sender's country). On-Premises equivalent: 1009." },
  { code: 131016, name: "SERVICE_UNAVAILABLE", title: "Service unavailable", category: "platform", summary: "A Meta service needed for the request is temporarily unavailable. Check the status page and retry with backoff.", retry: "yes", aliases: ["Service Overloaded"], keywords: ["service unavailable","service overloaded"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Other", notes: "2022 title \"Service Overloaded\"." },
  { code: 131020, name: "BAD_GROUP", title: "Bad Group", category: "sender", summary: "The group has only one member, so the operation cannot proceed. Add participants and try again.", retry: "fix", aliases: [], keywords: ["bad group","single member group"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131021, name: "RECIPIENT_CANNOT_BE_SENDER", title: "Recipient cannot be sender", category: "sender", summary: "The recipient number is the same as the business number sending the message. Send to a different number.", retry: "no", aliases: ["Bad User"], keywords: ["recipient cannot be sender","sender equals recipient","self block","message to self"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "2022 title \"Bad User\" (On-Premises 1021). The Block Users API returns it when a business tries to block its own number." },
  { code: 131026, name: "MESSAGE_UNDELIVERABLE", title: "Message Undeliverable", category: "recipient", summary: "The recipient cannot receive the message: the number may not be on WhatsApp, the user may not have accepted the current Terms of Service, or their app may be too old. Resending will not help; reach them another way and ask them to check they can message your number.", retry: "no", aliases: ["Receiver incapable","MessageUndeliverable"], keywords: ["undeliverable","not on whatsapp","not registered on whatsapp","receiver incapable","old app version"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Pre-v16 webhooks titled it \"Receiver incapable\" (On-Premises 1026). Before 131049 existed, the per-user marketing cap also surfaced as 131026. Not the 24-hour window (that is 131047)." },
  { code: 131030, name: "RECIPIENT_NOT_IN_ALLOWED_LIST", title: "Recipient phone number is not in allowed list", category: "sender", summary: "When sending or calling from a public test number, only recipients on its allowed list can be reached, and this one is not on it. Add the recipient to the list and try again.", retry: "fix", aliases: ["RecipientNotInAllowedList"], keywords: ["allowed list","allow list","test number"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Applies to messages, calls and call permission requests from public test numbers. No longer on Meta's main error-codes page; documented on the Calling troubleshooting page." },
  { code: 131031, name: "BUSINESS_ACCOUNT_LOCKED", title: "Account has been locked", category: "sender", summary: "The WhatsApp Business Account was restricted or disabled for a policy breach, or data in the request (such as the two-step verification PIN) did not match what is set on the account. Check the account's health status and the request data before trying again.", retry: "fix", aliases: ["Business Account Locked","AccountLocked"], keywords: ["account locked","locked"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Integrity", notes: "On-Premises equivalent: 1031. Not a rate limit, although some third-party tables label it so." },
  { code: 131037, name: "DISPLAY_NAME_APPROVAL_REQUIRED", title: "WhatsApp provided number needs display name approval before message can be sent", category: "sender", summary: "The message was sent from a WhatsApp-provided (555) number whose display name has not been approved. Get the display name approved, then send again.", retry: "fix", aliases: [], keywords: ["display name approval","555 number"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Other", notes: "Meta gives no short title; the title is the details text." },
  { code: 131041, name: "GROUP_UNKNOWN", title: "Group unknown", category: "sender", summary: "The group does not exist, or the business number is not a member of it.", retry: "no", aliases: [], keywords: ["group unknown","group not found"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131042, name: "BUSINESS_ELIGIBILITY_PAYMENT_ISSUE", title: "Business eligibility payment issue", category: "sender", summary: "Messages cannot go out because of a billing problem on the WhatsApp Business Account, such as no payment method, a missing or exhausted credit line, or an account whose currency or time zone is not set. Fix the billing setup, then resend.", retry: "fix", aliases: ["Business eligibility — Payment issue","BusinessPaymentIssue"], keywords: ["payment issue","payment method","credit line","billing"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 402. Calling reports the same kind of problem as 131044." },
  { code: 131044, name: "CALLING_PAYMENT_METHOD_MISSING", title: "No valid payment method attached for user-initiated calls", category: "sender", summary: "An error webhook reports that a user-initiated call could not be handled because the business has no valid payment method attached. Add a payment method to the account; it is the calling counterpart of 131042.", retry: "fix", aliases: [], keywords: ["calling payment","call payment method","billing for calls"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Meta gives no short title; the title paraphrases the details text." },
  { code: 131045, name: "INCORRECT_CERTIFICATE", title: "Incorrect certificate", category: "sender", summary: "The message failed because of a problem with the phone number's registration. Register the number again before retrying.", retry: "fix", aliases: ["Unsigned certificate"], keywords: ["incorrect certificate","unsigned certificate","certificate"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Other", notes: "2022 title \"Unsigned certificate\" (On-Premises 430)." },
  { code: 131047, name: "RE_ENGAGEMENT_MESSAGE_REQUIRED", title: "Re-engagement message", category: "sender", summary: "More than 24 hours have passed since the user last wrote to the business, so the customer service window is closed and free-form messages are refused. Send an approved template message instead.", retry: "fix", aliases: ["Re-engagement Message Required","ReEngagementMessage"], keywords: ["24 hour window","24h window","re-engagement","service window","session expired","window closed","window expired"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Replaces On-Premises 470. Usually arrives asynchronously in a failed status webhook. The Block Users API returns it when the user has not messaged the business in the last 24 hours." },
  { code: 131048, name: "SPAM_RATE_LIMIT_HIT", title: "Spam rate limit hit", category: "sender", summary: "This number may only send a restricted volume of messages because many earlier messages were blocked or reported as spam by recipients. Do not resend; check the number's quality status and improve what you send.", retry: "no", aliases: ["SpamRateLimitHit"], keywords: ["spam","flagged as spam","reported as spam"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling", notes: "On-Premises equivalent: 471. Does not mean the recipient blocked the business." },
  { code: 131049, name: "HEALTHY_ECOSYSTEM_LIMIT", title: "This message was not delivered to maintain healthy ecosystem engagement", category: "platform", summary: "Meta chose not to deliver this marketing message to keep engagement healthy, for example because the user reached the per-user limit on marketing templates. Do not resend right away; wait at least 24 hours before trying that user again.", retry: "wait", aliases: ["Healthy Ecosystem Limit","MessageUndeliverableDueToHealthyEcosystemEngagement","Meta chose not to deliver"], keywords: ["healthy ecosystem","ecosystem engagement","per-user marketing limit","marketing cap"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Other", notes: "No short title on Meta's error-codes page; the title is the status-webhook text. This case used to surface as 131026." },
  { code: 131050, name: "RECIPIENT_OPTED_OUT_OF_MARKETING", title: "Recipient has chosen to stop receiving marketing messages from your business", category: "recipient", summary: "The user has turned off marketing messages from this business, so marketing templates to them are refused. Do not retry; follow opt-outs through the user_preferences webhook.", retry: "no", aliases: ["Recipient Opted Out of Marketing","UserStoppedMarketingMessages"], keywords: ["opted out","stopped marketing","marketing opt-out","user_preferences"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Other", notes: "Meta gives no short title; the title paraphrases the details text." },
  { code: 131051, name: "UNSUPPORTED_MESSAGE_TYPE", title: "Unsupported message type", category: "sender", summary: "On a send, the message type is not one the API supports; on an inbound webhook, the user sent something the API cannot pass on. For sends, switch to a supported message type.", retry: "fix", aliases: ["Message type unknown"], keywords: ["unsupported message type","message type unknown","unsupported type"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Inbound webhooks (type \"unsupported\") use the title \"Message type unknown\" and name the kind in unsupported.type, e.g. poll_update or edit. On-Premises 501 is the older equivalent." },
  { code: 131052, name: "MEDIA_DOWNLOAD_ERROR", title: "Media download error", category: "platform", summary: "Media that the user sent could not be downloaded, so the inbound message arrives without it. Check error_data.details and ask the user to share the file another way.", retry: "no", aliases: [], keywords: ["media download","download media"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Inbound only: reported on messages received from users. On-Premises equivalent: 400." },
  { code: 131053, name: "MEDIA_UPLOAD_ERROR", title: "Media upload error", category: "sender", summary: "The media attached to your outgoing message could not be uploaded, for example because its type is not supported. Check error_data.details and the supported media types, then resend with a valid file.", retry: "fix", aliases: [], keywords: ["media upload","upload media","unsupported media","media type"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other" },
  { code: 131055, name: "METHOD_NOT_ALLOWED", title: "Method not allowed", category: "sender", summary: "The API does not accept this kind of request: the Marketing Messages API takes only marketing templates, and the Calling API refuses Graph API calls for numbers set up for SIP. Use the matching API or method.", retry: "fix", aliases: [], keywords: ["method not allowed","sip enabled number"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "MM API", notes: "Two meanings depending on the API: Marketing Messages API (only marketing templates) and Calling (use SIP for SIP-enabled numbers)." },
  { code: 131056, name: "PAIR_RATE_LIMIT_HIT", title: "(Business Account, Consumer Account) pair rate limit hit", category: "sender", summary: "The business number sent too many messages to one and the same recipient within a short time. Wait before messaging that recipient again; sending to other recipients is unaffected.", retry: "wait", aliases: ["TooManyMessages"], keywords: ["pair rate limit","same recipient","too many messages to user","per-recipient limit"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling", notes: "Resend only the affected message after a delay; whole-batch resends make it worse." },
  { code: 131057, name: "ACCOUNT_IN_MAINTENANCE_MODE", title: "Account in maintenance mode", category: "platform", summary: "The business account is temporarily in maintenance mode, for instance during a throughput upgrade. Wait and retry; contact support if it persists.", retry: "wait", aliases: ["AccountInMaintenanceMode"], keywords: ["maintenance mode","throughput upgrade"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Other" },
  { code: 131059, name: "INVALID_CURSOR", title: "Invalid cursor", category: "sender", summary: "The pagination cursor has expired or is corrupt. Start paging again from the first page.", retry: "fix", aliases: [], keywords: ["invalid cursor","pagination cursor"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups", notes: "Fix by restarting pagination rather than resending the same cursor." },
  { code: 131060, name: "MESSAGE_UNAVAILABLE", title: "This message is currently unavailable", category: "platform", summary: "The content of an inbound message was withheld from the webhook, which happens on numbers also used in the WhatsApp Business app (coexistence). Read the message in the WhatsApp Business app.", retry: "no", aliases: ["Message Unavailable"], keywords: ["currently unavailable","withheld inbound message"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/unsupported", metaGroup: "Webhook", notes: "Inbound only, delivered as a message of type \"unsupported\"." },
  { code: 131062, name: "BSUID_RECIPIENT_NOT_SUPPORTED", title: "Business-scoped user ID recipient not supported for this message", category: "sender", summary: "The message was addressed with a business-scoped user ID (BSUID), but it cannot be delivered to a recipient identified that way. Address it by phone number, or send a message that accepts BSUID recipients.", retry: "fix", aliases: [], keywords: ["bsuid","business-scoped user id"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Messages", notes: "Meta gives no short title; the title paraphrases the details text. Added with the BSUID rollout; a digit swap away from 131026." },
  { code: 131063, name: "MARKETING_TEMPLATES_DISABLED_ON_CLOUD_API", title: "Marketing templates are disabled for Cloud API", category: "sender", summary: "The template is in the marketing category, but marketing sends through Cloud API are switched off for this setup by disable_marketing_messages_on_cloud_api. Send it through the Marketing Messages API or set that flag to false.", retry: "fix", aliases: [], keywords: ["disable_marketing_messages_on_cloud_api","marketing disabled"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Other", notes: "Meta gives no short title; the title paraphrases the details text." },
  { code: 131064, name: "TEMPLATE_CLASSIFICATION_MESSAGE_LIMIT", title: "Message limit reached due to template classification violations", category: "sender", summary: "Meta has capped how many messages the account may send because its templates were put in the wrong category; the cap applies to template and free-form messages alike. Wait for the enforcement period to end and make sure templates are categorised correctly.", retry: "wait", aliases: [], keywords: ["template classification","miscategorized template","category violation"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Throttling", notes: "Meta gives no short title; the title paraphrases the details text. Added to Meta's page in 2025/26." },
  { code: 131201, name: "REQUEST_PARTIALLY_SUCCEEDED", title: "Request partially succeeded", category: "sender", summary: "Some participant operations in the request worked and others failed. Inspect the per-participant results and resubmit only the failed ones after fixing them.", retry: "fix", aliases: [], keywords: ["partially succeeded","partial success"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 206, metaGroup: "Groups", notes: "Comes with HTTP 206; inspect the response before doing anything else." },
  { code: 131202, name: "DUPLICATE_PARTICIPANT", title: "Duplicate participant", category: "sender", summary: "The participant list names the same user more than once. Remove the duplicates and resend.", retry: "fix", aliases: [], keywords: ["duplicate participant"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131204, name: "PARTICIPANT_OVERLIMIT", title: "Participant overlimit", category: "sender", summary: "Adding these participants would take the group past its maximum size.", retry: "no", aliases: [], keywords: ["participant overlimit","group size limit","group full"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131207, name: "GROUP_SUSPENDED", title: "Group suspended", category: "sender", summary: "The group has been suspended for violating policy and cannot be used.", retry: "no", aliases: [], keywords: ["group suspended"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 403, metaGroup: "Groups" },
  { code: 131208, name: "GROUP_RATE_LIMIT_HIT", title: "Group Rate Limit Hit", category: "sender", summary: "Too many group operations were made in a short time. Back off and retry.", retry: "yes", aliases: [], keywords: ["group rate limit"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 429, metaGroup: "Groups" },
  { code: 131209, name: "INVALID_GROUP_PROFILE_PICTURE_ASPECT_RATIO", title: "Invalid Group Profile Picture Aspect Ratio", category: "sender", summary: "The group profile picture is not square. Crop it to a 1:1 aspect ratio and upload it again.", retry: "fix", aliases: [], keywords: ["aspect ratio","square image"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131210, name: "IMAGE_TOO_SMALL_TO_PROCESS", title: "Image is Too Small to Process", category: "sender", summary: "The group profile image is too small (192 pixels or less). Upload a larger image.", retry: "fix", aliases: [], keywords: ["image too small"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131211, name: "GROUP_CREATE_LIMIT_REACHED", title: "Group create limit reached", category: "sender", summary: "This business number has already created as many groups as it is allowed.", retry: "no", aliases: [], keywords: ["group create limit","max groups"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131212, name: "PARTICIPANT_NOT_IN_GROUP", title: "Participant is not a part of the group.", category: "sender", summary: "The user the operation targets is not a member of the group.", retry: "no", aliases: [], keywords: ["participant not in group","not a group member"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131213, name: "GROUP_JOIN_REQUEST_DOES_NOT_EXIST", title: "Group join request does not exist.", category: "sender", summary: "The join request referenced in the call does not exist.", retry: "no", aliases: [], keywords: ["join request"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131214, name: "GROUP_CREATION_TEMPORARILY_DISABLED", title: "Group creation is temporarily disabled", category: "sender", summary: "Group creation is paused for this number (for 7 days) because it sent too much marketing within customer service windows. Wait for the pause to end.", retry: "wait", aliases: [], keywords: ["group creation disabled"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131215, name: "NOT_ELIGIBLE_FOR_GROUPS_API", title: "This phone number is not eligible to access Groups APIs", category: "sender", summary: "The business phone number does not meet the requirements for using the Groups API.", retry: "no", aliases: [], keywords: ["groups api eligibility","not eligible for groups"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 132000, name: "TEMPLATE_PARAM_COUNT_MISMATCH", title: "Template Param Count Mismatch", category: "sender", summary: "The number of variable values in the request differs from the number of variables the template defines. Supply exactly one value per template variable.", retry: "fix", aliases: [], keywords: ["param count","parameter count","variable count"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2000." },
  { code: 132001, name: "TEMPLATE_DOES_NOT_EXIST", title: "Template does not exist", category: "sender", summary: "No approved template with this name exists in the requested language. Check the template name, the language code and the approval status.", retry: "fix", aliases: ["Template Missing"], keywords: ["template missing","template not found","template does not exist"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 404, metaGroup: "Other", notes: "On-Premises equivalent: 2001 \"Template Missing\"." },
  { code: 132005, name: "TEMPLATE_HYDRATED_TEXT_TOO_LONG", title: "Template Hydrated Text Too Long", category: "sender", summary: "Once the variables are filled in, the template text is longer than allowed. Shorten the variable values and check the template's translation in WhatsApp Manager.", retry: "fix", aliases: [], keywords: ["hydrated text","template text too long"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2005." },
  { code: 132007, name: "TEMPLATE_FORMAT_CHARACTER_POLICY_VIOLATED", title: "Template Format Character Policy Violated", category: "sender", summary: "The template content breaks a WhatsApp policy. Check the rejection reasons and change the content.", retry: "fix", aliases: [], keywords: ["format character policy","character policy"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2007." },
  { code: 132012, name: "TEMPLATE_PARAMETER_FORMAT_MISMATCH", title: "Template Parameter Format Mismatch", category: "sender", summary: "The values supplied for the template variables are not in the format the template specifies. Format each value the way the template expects.", retry: "fix", aliases: [], keywords: ["parameter format","param format mismatch","format mismatch"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2012." },
  { code: 132015, name: "TEMPLATE_PAUSED", title: "Template is Paused", category: "sender", summary: "The template was paused because of low quality and cannot be sent for now. Edit it to raise its quality and send again once it is approved.", retry: "fix", aliases: [], keywords: ["template paused","paused template"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2061 \"Template Paused\"." },
  { code: 132016, name: "TEMPLATE_DISABLED", title: "Template is Disabled", category: "sender", summary: "The template was paused too many times for low quality and is now disabled for good. Create a new template with different content.", retry: "no", aliases: [], keywords: ["template disabled","disabled template","permanently disabled"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2062 \"Template Disabled\"." },
  { code: 132018, name: "TEMPLATE_VALIDATION_ERROR", title: "Template validation error", category: "sender", summary: "The parameters given for the template failed validation. Review the reported problems, correct the parameters and resend.", retry: "fix", aliases: [], keywords: ["template validation"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "MM API" },
  { code: 132068, name: "FLOW_BLOCKED", title: "Flow is blocked", category: "sender", summary: "The Flow in the message is in the blocked state, which can also happen when its endpoint setup (such as the public key) is incomplete. Fix the Flow before sending it again.", retry: "fix", aliases: [], keywords: ["flow blocked","blocked flow"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2068." },
  { code: 132069, name: "FLOW_THROTTLED", title: "Flow is throttled", category: "sender", summary: "The Flow is throttled: 10 messages using it have already been sent in the last hour. Wait before sending it again.", retry: "wait", aliases: [], keywords: ["flow throttled","throttled flow"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2069." },
  { code: 133000, name: "INCOMPLETE_DEREGISTRATION", title: "Incomplete Deregistration", category: "sender", summary: "An earlier attempt to deregister the number did not complete. Deregister it again before registering.", retry: "fix", aliases: ["Incomplete Delete"], keywords: ["incomplete deregistration","deregister again"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Other", notes: "2022 title \"Incomplete Delete\"." },
  { code: 133004, name: "SERVER_TEMPORARILY_UNAVAILABLE", title: "Server Temporarily Unavailable", category: "platform", summary: "The server handling registration is temporarily unavailable. Check the status page and the details field, then retry.", retry: "yes", aliases: [], keywords: ["server temporarily unavailable"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 503, metaGroup: "Other", notes: "Unrelated to the 24-hour window, a mislabel found in public code." },
  { code: 133005, name: "TWO_STEP_VERIFICATION_PIN_MISMATCH", title: "Two step verification PIN Mismatch", category: "sender", summary: "The two-step verification PIN in the request is wrong. Send the correct PIN, or disable two-step verification and set a new one.", retry: "fix", aliases: ["Security PIN Mismatch"], keywords: ["pin mismatch","two-step pin","wrong pin"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "2022 title \"Security PIN Mismatch\"." },
  { code: 133006, name: "PHONE_NUMBER_REVERIFICATION_NEEDED", title: "Phone number re-verification needed", category: "sender", summary: "The phone number has to be verified again before it can be registered. Verify it, then register.", retry: "fix", aliases: ["Recovery Token Incorrect"], keywords: ["re-verification","reverify"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "2022 title \"Recovery Token Incorrect\"; the meaning may have shifted along with the title." },
  { code: 133008, name: "TOO_MANY_TWO_STEP_VERIFICATION_PIN_GUESSES", title: "Too Many two step verification PIN Guesses", category: "sender", summary: "Too many wrong two-step verification PINs were tried for this number. Wait for the time given in details before trying again.", retry: "wait", aliases: [], keywords: ["too many pin guesses","pin attempts"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other" },
  { code: 133009, name: "TWO_STEP_VERIFICATION_PIN_GUESSED_TOO_FAST", title: "Two step verification PIN Guessed Too Fast", category: "sender", summary: "PIN attempts were made too quickly one after another. Slow down and retry after the delay given in details.", retry: "wait", aliases: [], keywords: ["pin guessed too fast","pin too fast"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other" },
  { code: 133010, name: "PHONE_NUMBER_NOT_REGISTERED", title: "Phone number Not Registered", category: "sender", summary: "The business phone number is not registered on the WhatsApp Business Platform. Register it before sending.", retry: "fix", aliases: [], keywords: ["not registered","unregistered number"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other" },
  { code: 133015, name: "WAIT_BEFORE_REGISTERING_PHONE_NUMBER", title: "Please wait a few minutes before attempting to register this phone number", category: "sender", summary: "The number was deleted recently and the deletion is still being processed. Wait about five minutes before registering it again.", retry: "wait", aliases: [], keywords: ["recently deleted","wait before registering"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other" },
  { code: 133016, name: "ACCOUNT_REGISTER_DEREGISTER_RATE_LIMIT_EXCEEDED", title: "Account register deregister rate limit exceeded", category: "sender", summary: "Too many register or deregister attempts were made for this phone number in a short period, so further attempts are blocked for a while. Retry once the block has lifted.", retry: "wait", aliases: [], keywords: ["registration rate limit","register deregister"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling" },
  { code: 134011, name: "PAYMENTS_TERMS_NOT_ACCEPTED", title: "WhatsApp Payments Terms of Service not accepted", category: "sender", summary: "The message could not be sent because the business has not yet accepted the WhatsApp Payments Terms of Service. Accept them (the error links to them) and retry.", retry: "fix", aliases: [], keywords: ["payments terms","whatsapp payments"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Other", notes: "Meta gives no short title; the title paraphrases the details text." },
  { code: 134100, name: "ONLY_MARKETING_MESSAGES_SUPPORTED", title: "Only marketing messages supported", category: "sender", summary: "The Marketing Messages API only sends marketing templates and this message is not one. Use a marketing-category template, or send through the regular messages endpoint.", retry: "fix", aliases: [], keywords: ["only marketing","marketing messages api"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "MM API", notes: "Graph API v23.0 and later." },
  { code: 134101, name: "TEMPLATE_STILL_SYNCING", title: "Your template is still syncing", category: "platform", summary: "A newly created template is still being synced for the Marketing Messages API, which can take about 10 minutes. Wait a few minutes and send again.", retry: "wait", aliases: [], keywords: ["template syncing","still syncing"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "MM API", notes: "Graph API v23.0 and later." },
  { code: 134102, name: "TEMPLATE_UNAVAILABLE_FOR_USE", title: "Template unavailable for use", category: "sender", summary: "The template cannot be used on the Marketing Messages API because its ad sync failed or the account is not eligible for that API. Check the onboarding status and contact support if you are onboarded and it persists.", retry: "fix", aliases: [], keywords: ["template unavailable","ad sync"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "MM API", notes: "Graph API v23.0 and later." },
  { code: 135000, name: "GENERIC_USER_ERROR", title: "Generic user error", category: "sender", summary: "The request failed because of an unspecified problem with its parameters. Check it against the endpoint reference and contact support if it continues.", retry: "fix", aliases: [], keywords: ["generic user error"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other" },
  { code: 138000, name: "CALLING_NOT_ENABLED", title: "Calling not enabled", category: "sender", summary: "Calling APIs are turned off for this business phone number. Enable calling in the number's call settings.", retry: "fix", aliases: [], keywords: ["calling not enabled"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 401, metaGroup: "Calling" },
  { code: 138001, name: "RECEIVER_UNCALLABLE", title: "Receiver Uncallable", category: "recipient", summary: "The user cannot take WhatsApp calls: the number may not be on WhatsApp, the user may not have accepted the Terms of Service, or their client does not support calls. Confirm with the user that they can be called this way.", retry: "no", aliases: [], keywords: ["uncallable","receiver uncallable"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138002, name: "CONCURRENT_CALLS_LIMIT", title: "Concurrent Calls limit", category: "sender", summary: "The number already has the maximum of 1,000 calls in progress. Retry later or run fewer calls at once.", retry: "yes", aliases: [], keywords: ["concurrent calls"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 429, metaGroup: "Calling" },
  { code: 138003, name: "DUPLICATE_CALL", title: "Duplicate call", category: "sender", summary: "A call with this user is already in progress. Try again after the current call ends.", retry: "wait", aliases: [], keywords: ["duplicate call","call already ongoing"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138004, name: "CONNECTION_ERROR", title: "Connection error", category: "platform", summary: "The call could not be connected. Retry later and check the connection parameters you supplied.", retry: "yes", aliases: [], keywords: ["call connection error"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 500, metaGroup: "Calling" },
  { code: 138005, name: "CALL_RATE_LIMIT_EXCEEDED", title: "Call rate limit exceeded", category: "sender", summary: "The business number has started as many calls as it may for now. Retry later or initiate calls less often.", retry: "yes", aliases: [], keywords: ["call rate limit","call initiation limit"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 429, metaGroup: "Calling" },
  { code: 138006, name: "NO_APPROVED_CALL_PERMISSION", title: "No approved call permission found", category: "recipient", summary: "The user has not approved a call permission for this business. Obtain the user's call permission before calling.", retry: "fix", aliases: [], keywords: ["no call permission","call permission not granted"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 401, metaGroup: "Calling" },
  { code: 138007, name: "CONNECT_TIMEOUT_ERROR", title: "Connect Timeout error", category: "sender", summary: "The call timed out because the business did not apply the offer/answer SDP from Cloud API, or did not call the connect API with its answer SDP, in time. Speed up your SDP handling.", retry: "fix", aliases: [], keywords: ["connect timeout","answer sdp"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 500, metaGroup: "Calling" },
  { code: 138009, name: "CALL_PERMISSION_REQUEST_LIMIT_HIT", title: "Call Permission Request Limit Hit", category: "sender", summary: "The business sent this user too many call permission requests in the allowed period. Wait for the limit to reset; a connected call with the user also resets it.", retry: "wait", aliases: [], keywords: ["permission request limit","too many permission requests"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138012, name: "BUSINESS_INITIATED_CALLS_LIMIT_HIT", title: "Business Initiated Calls Limit Hit", category: "sender", summary: "The daily cap on connected business-initiated calls has been reached. error_data says when the next call is allowed.", retry: "wait", aliases: [], keywords: ["daily call limit","business initiated calls limit"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Meta's error table gives 100 connected calls per 24 hours, while its SIP section (and pywa) give 5." },
  { code: 138013, name: "BUSINESS_INITIATED_CALLING_NOT_AVAILABLE", title: "Business-initiated calling is not available", category: "sender", summary: "Business-initiated calling is not offered for this business phone number. Check Meta's calling availability list.", retry: "no", aliases: [], keywords: ["calling not available","business-initiated calling"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Meaning changed: pywa records 138013 as the former code of the call-permission-status limit (now 613)." },
  { code: 138014, name: "CALLING_TEMPORARILY_DISABLED", title: "Calling is temporarily disabled", category: "sender", summary: "Calling for this number has been paused because of low quality. Make outreach useful rather than spammy and retry once the restriction is lifted.", retry: "wait", aliases: [], keywords: ["calling paused","low call quality"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138015, name: "CALLING_CANNOT_BE_ENABLED", title: "Calling cannot be enabled", category: "sender", summary: "Calling cannot be switched on because the number's messaging limit is below 2,000. Raise the messaging limit first.", retry: "fix", aliases: [], keywords: ["cannot enable calling","messaging limit below 2000"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138017, name: "PERMANENT_CALL_PERMISSION_EXISTS", title: "Call permission request can't be sent because a permanent permission already exists", category: "sender", summary: "The user has already granted this number permanent permission to call, so no new permission request is needed.", retry: "no", aliases: [], keywords: ["permanent permission","permission already granted"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138018, name: "CALLING_PREREQUISITES_NOT_MET", title: "WhatsApp Business calling cannot be enabled because technical pre-requisites are not met", category: "sender", summary: "Calling cannot be enabled until SIP is configured or an app subscribed to the WhatsApp Business Account also subscribes to the calls webhook field. Complete the setup and retry.", retry: "fix", aliases: [], keywords: ["calling prerequisites","calls webhook"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138019, name: "CALL_SETUP_FAILED", title: "Call setup failed", category: "platform", summary: "The user's WhatsApp client could not set up the call. Reported in the call terminate webhook; try calling again later.", retry: "yes", aliases: [], keywords: ["call setup failed"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138020, name: "RELAY_CONNECTION_FAILED", title: "Relay connection failed", category: "platform", summary: "The user's WhatsApp client could not connect to the relay server. Reported in the call terminate webhook; try again later.", retry: "yes", aliases: [], keywords: ["relay connection"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138021, name: "MEDIA_RECEIVE_TIMEOUT", title: "Media receive timeout", category: "platform", summary: "The user's client ended the call after receiving no media for too long. Reported in the call terminate webhook; make sure your side sends media to the relay, then try again.", retry: "yes", aliases: [], keywords: ["media receive timeout","no media received"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138022, name: "MEDIA_TRANSMIT_TIMEOUT", title: "Media transmit timeout", category: "platform", summary: "The user's client ended the call after sending no media for too long. Reported in the call terminate webhook; try again later.", retry: "yes", aliases: [], keywords: ["media transmit timeout"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138023, name: "CALL_TERMINATED_WITH_NO_MEDIA_SIGNALS", title: "Call accepted but terminated with no media signals", category: "platform", summary: "The call was accepted but ended without any media connection signals, so Cloud API cannot tell whether it connected. Reported in the call terminate webhook; try again later.", retry: "yes", aliases: [], keywords: ["no media signals"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 139000, name: "FLOW_BLOCKED_BY_INTEGRITY", title: "Blocked By Integrity", category: "sender", summary: "An integrity problem on the account stops it from creating or publishing Flows. Contact Meta support to get it resolved.", retry: "no", aliases: [], keywords: ["blocked by integrity","flow integrity"], docsUrl: "https://developers.facebook.com/docs/whatsapp/flows/reference/error-codes", metaGroup: "Flows" },
  { code: 139001, name: "FLOW_CANNOT_BE_UPDATED", title: "Flow can't be updated", category: "sender", summary: "Updating the Flow failed: published Flows cannot be changed (clone and republish instead), endpoint_uri was passed for Flow JSON older than 3.0, or the Flow JSON was saved but could not be processed. Fix the request, except for the processing failure, which can be retried as is.", retry: "fix", aliases: ["Error while processing Flow JSON","Specify Endpoint Uri in Flow JSON"], keywords: ["flow update","update published flow"], docsUrl: "https://developers.facebook.com/docs/whatsapp/flows/reference/error-codes", metaGroup: "Flows", notes: "Retry advice depends on the title: \"Error while processing Flow JSON\" may be transient, so resend the same request once before contacting support." },
  { code: 139002, name: "FLOW_CANNOT_BE_PUBLISHED", title: "Publishing Flow in invalid state", category: "sender", summary: "Publishing the Flow failed because a precondition is not met: it is not a draft, has validation errors, lacks an endpoint or data_channel_uri, uses an unsupported version, or the account lacks a phone number, signed public key, connected app, reachable endpoint or Flows webhook subscription. The title says which one; fix it and publish again.", retry: "fix", aliases: ["Publishing Flow with validation errors","Publishing Flow without data_channel_uri","Publishing without specifying endpoint_uri is forbidden","Versions in Flow JSON file are not available for publishing","No Phone Number connected to WhatsApp Business Account","Missing Flows Signed Public Key","No Application Connected to the Flow","Endpoint Not Available","WhatsApp Business Account is not subscribed to Flows Webhooks"], keywords: ["publish flow","flow publishing"], docsUrl: "https://developers.facebook.com/docs/whatsapp/flows/reference/error-codes", metaGroup: "Flows", notes: "One code for ten different publishing failures; tell them apart by title." },
  { code: 139003, name: "FLOW_CANNOT_BE_DEPRECATED", title: "Can't deprecate unpublished flow", category: "sender", summary: "The Flow cannot be deprecated, either because it was never published (delete the draft instead) or because it is already deprecated, in which case nothing is left to do.", retry: "no", aliases: ["Flow is already deprecated"], keywords: ["deprecate flow","already deprecated"], docsUrl: "https://developers.facebook.com/docs/whatsapp/flows/reference/error-codes", metaGroup: "Flows" },
  { code: 139004, name: "PUBLISHED_FLOW_CANNOT_BE_DELETED", title: "Can't delete published Flow", category: "sender", summary: "A Flow that has been published cannot be deleted. Deprecate it instead.", retry: "no", aliases: [], keywords: ["delete published flow"], docsUrl: "https://developers.facebook.com/docs/whatsapp/flows/reference/error-codes", metaGroup: "Flows" },
  { code: 139006, name: "METRICS_THRESHOLD_NOT_REACHED", title: "Metrics threshold is not reached", category: "platform", summary: "There is not yet enough usage data to compute metrics for this Flow. Ask for the metrics again later.", retry: "wait", aliases: [], keywords: ["flow metrics","metrics threshold"], docsUrl: "https://developers.facebook.com/docs/whatsapp/flows/reference/error-codes", metaGroup: "Flows" },
  { code: 139100, name: "FAILED_TO_BLOCK_UNBLOCK_SOME_USERS", title: "Failed to block/unblock some users", category: "sender", summary: "A bulk block or unblock request only partly succeeded. Read block_users.failed_users for the per-user errors and retry those after fixing them.", retry: "fix", aliases: [], keywords: ["block/unblock","failed_users"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes", metaGroup: "Block users" },
  { code: 139101, name: "BLOCKLIST_LIMIT_REACHED", title: "Blocklist limit reached", category: "sender", summary: "The business's block list is full (64,000 users). Unblock users before blocking more.", retry: "no", aliases: [], keywords: ["blocklist limit","blocklist full"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes", metaGroup: "Block users" },
  { code: 139102, name: "BLOCKLIST_CONCURRENT_UPDATE", title: "Blocklist concurrent update", category: "platform", summary: "The block list changed while you were paging through it. Read the list again from the beginning.", retry: "yes", aliases: [], keywords: ["concurrent update","blocklist changed"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes", metaGroup: "Block users", notes: "Retry by restarting pagination. A Meta example shows the message \"(#135002) Blocklist concurrent update\" with code 139102; rely on the code field." },
  { code: 139103, name: "BLOCK_USERS_INTERNAL_ERROR", title: "Internal error", category: "platform", summary: "The block users request failed because of an internal error at Meta. Retry later.", retry: "yes", aliases: [], keywords: ["blocklist internal error"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes", metaGroup: "Block users" },
  { code: 147001, name: "USERNAME_NOT_AVAILABLE", title: "Username not available", category: "sender", summary: "The requested business username is taken or was rejected. Pick a different username.", retry: "fix", aliases: [], keywords: ["username not available","username taken"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Usernames" },
  { code: 147002, name: "ACCOUNT_NOT_ELIGIBLE_FOR_USERNAME", title: "Account not eligible to request a username", category: "sender", summary: "The account cannot request a username yet because its messaging limit is too low.", retry: "no", aliases: [], keywords: ["username eligibility"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Usernames" },
  { code: 147003, name: "FB_ACCOUNT_NOT_LINKED", title: "FB Account not linked", category: "sender", summary: "A username cannot be set until a Facebook Page is linked to the account. Link the Page, then retry.", retry: "fix", aliases: [], keywords: ["fb account not linked","facebook page not linked"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Usernames" },
  { code: 147004, name: "IG_ACCOUNT_NOT_LINKED", title: "IG Account not linked", category: "sender", summary: "A username cannot be set until an Instagram account is linked. Link the Instagram account, then retry.", retry: "fix", aliases: [], keywords: ["ig account not linked","instagram not linked"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Usernames" },
  { code: 200005, name: "TEMPLATE_INSIGHTS_UNAVAILABLE", title: "Template insights unavailable", category: "platform", summary: "Template insights are not available for this WhatsApp Business Account yet, so they cannot be turned on at this time.", retry: "no", aliases: [], keywords: ["insights unavailable"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template insights" },
  { code: 200006, name: "CANNOT_DISABLE_TEMPLATE_INSIGHTS", title: "Cannot disable template insights", category: "sender", summary: "Template insights cannot be switched off once they have been enabled on the account. Do not retry.", retry: "no", aliases: [], keywords: ["disable template insights","disable insights"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template insights" },
  { code: 200007, name: "TEMPLATE_INSIGHTS_NOT_ENABLED", title: "Template Insights not enabled", category: "sender", summary: "Template insights have to be enabled on the WhatsApp Business Account before this request can succeed. Enable them, then retry.", retry: "fix", aliases: [], keywords: ["insights not enabled","enable template insights"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template insights" },
  { code: 1752041, name: "DUPLICATE_REQUEST", title: "Duplicate Request", category: "sender", summary: "The client business was already invited to onboard by a partner, so this invitation is a duplicate. No action is needed: the client's eligible accounts are onboarded automatically.", retry: "no", aliases: [], keywords: ["duplicate request","already invited"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "MM API", notes: "Not a real failure in practice." },
  { code: 2388012, name: "PHONE_NUMBER_ALREADY_EXISTS", title: "This phone number already exists in your list of phone numbers", category: "sender", summary: "The number you are trying to migrate is already part of this WhatsApp Business Account. Migrate a different number.", retry: "no", aliases: [], keywords: ["number already exists","already in phone number list"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Phone migration" },
  { code: 2388019, name: "MESSAGE_TEMPLATE_LIMIT_EXCEEDED", title: "Message Template Limit Exceeded", category: "sender", summary: "The WhatsApp Business Account already holds the maximum number of templates (250). Delete templates you no longer use before creating new ones.", retry: "fix", aliases: [], keywords: ["template limit","too many templates"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Send template", notes: "Listed under \"Send template errors\" on Meta's page, although it concerns creating templates." },
  { code: 2388039, name: "MESSAGE_TEMPLATE_STATUS_CANNOT_BE_CHANGED", title: "Message template status can't be changed", category: "sender", summary: "The template cannot be edited while it is in its current status. Try the edit again once the status allows it.", retry: "wait", aliases: [], keywords: ["template status","status can't be changed"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 2388040, name: "CHARACTER_LIMIT_EXCEEDED", title: "Character limit exceeded", category: "sender", summary: "A field of the template being created is longer than allowed. Shorten the field named in the error message.", retry: "fix", aliases: [], keywords: ["character limit"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 2388047, name: "MESSAGE_HEADER_FORMAT_INCORRECT", title: "Message header format is incorrect", category: "sender", summary: "The header of the template being created is not formatted correctly. Fix it as described in the error message.", retry: "fix", aliases: [], keywords: ["header format"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation", notes: "pywa also maps its body-format error to 2388047; Meta uses 2388072 for the body." },
  { code: 2388072, name: "MESSAGE_BODY_FORMAT_INCORRECT", title: "Message body format is incorrect", category: "sender", summary: "The body of the template being created is not formatted correctly. Fix it as described in the error message.", retry: "fix", aliases: [], keywords: ["body format"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 2388073, name: "MESSAGE_FOOTER_FORMAT_INCORRECT", title: "Message footer format is incorrect", category: "sender", summary: "The footer of the template being created is not formatted correctly. Fix it as described in the error message.", retry: "fix", aliases: [], keywords: ["footer format"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 2388091, name: "NOT_ELIGIBLE_TO_RECEIVE_REGISTRATION_CODE", title: "This phone number isn't eligible to receive a registration code since it is not being migrated", category: "sender", summary: "Requesting a registration code through the phone-ownership APIs is only for numbers being migrated, and this one is not. Register and verify the number the usual way.", retry: "fix", aliases: [], keywords: ["receive registration code"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Phone migration", notes: "Meta lists 2388091 and 2388093 in one row (\"receive/verify\"); receive is taken as 2388091 and verify as 2388093, following the order given." },
  { code: 2388093, name: "NOT_ELIGIBLE_TO_VERIFY_REGISTRATION_CODE", title: "This phone number isn't eligible to verify a registration code since it is not being migrated", category: "sender", summary: "Verifying a registration code through the phone-ownership APIs is only for numbers being migrated, and this one is not. Register and verify the number the usual way.", retry: "fix", aliases: [], keywords: ["verify registration code"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Phone migration", notes: "Meta lists 2388091 and 2388093 in one row (\"receive/verify\"); receive is taken as 2388091 and verify as 2388093, following the order given." },
  { code: 2388103, name: "CANNOT_MIGRATE_PHONE_NUMBER", title: "Cannot migrate phone number", category: "sender", summary: "Migrating the phone number failed, and this one code covers many causes: no webhooks on the destination account, display name not approved, source or destination account not approved, no payment account or credit line, a different business, a pending \"Messaging For\" request, a number that can simply be added directly, or an internal failure. Read the title and details to see which, fix it and retry.", retry: "fix", aliases: ["Please add this phone number in your WhatsApp account","Registered name should be present and approved","The WhatsApp account that this phone number is registered with is not set up correctly","Your WhatsApp account does not have a payment account","There was an error migrating this phone number","This phone number belongs to a different Business Manager account","Your WhatsApp account must be approved","Your WhatsApp account's \"Messaging For\" request must be approved"], keywords: ["cannot migrate","phone migration","migrate phone number"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Phone migration", notes: "Meta documents nine titles under this single code; tell them apart only by title or details." },
  { code: 2388293, name: "PARAMETERS_WORDS_RATIO_EXCEEDS_LIMIT", title: "Parameters words ratio exceeds limit", category: "sender", summary: "The template has too many variables for the amount of text around them. Use fewer variables or write more text.", retry: "fix", aliases: [], keywords: ["words ratio","too many variables"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 2388299, name: "LEADING_OR_TRAILING_PARAMETERS_NOT_ALLOWED", title: "Leading or trailing parameters not allowed", category: "sender", summary: "A variable sits at the very start or end of the template text, which is not allowed. Move it inside the text.", retry: "fix", aliases: [], keywords: ["leading parameter","trailing parameter"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 2494100, name: "MIGRATION_ACCOUNT_IN_MAINTENANCE_MODE", title: "Account is in maintenance mode", category: "platform", summary: "During phone number migration the business number is in maintenance mode. Retry in a few minutes.", retry: "wait", aliases: [], keywords: ["migration maintenance"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Phone migration", notes: "Same wording as 131057, but returned by the phone migration APIs." },
  { code: 2593107, name: "SYNC_REQUEST_LIMIT_REACHED", title: "Sync API already used for this phone number", category: "sender", summary: "Contacts and message history of a number onboarded from the WhatsApp Business app (coexistence) can each be synced only once, and that has already happened. To sync again, offboard and re-onboard the business.", retry: "no", aliases: [], keywords: ["sync limit","contacts sync","history sync"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Synchronization", notes: "Meta gives no short title; the title paraphrases the details text." },
  { code: 2593108, name: "SYNC_WINDOW_EXPIRED", title: "Sync requested more than 24 hours after onboarding", category: "sender", summary: "Contacts and history for a coexistence number can only be synced within 24 hours of onboarding, and that time has passed. Offboard and re-onboard the business to sync.", retry: "no", aliases: [], keywords: ["sync window","sync after 24 hours"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Synchronization", notes: "Meta gives no short title; the title paraphrases the details text." },
];

/** Codes that Meta no longer sends (retired Cloud API and On-Premises codes). Not part of `WhatsAppErrorCode`. */
export type RetiredErrorCode =
  | 400 | 402 | 408 | 410 | 429 | 430 | 432 | 433 | 470 | 471
  | 472 | 480 | 500 | 501 | 506 | 1000 | 1001 | 1002 | 1004 | 1005
  | 1006 | 1007 | 1008 | 1009 | 1010 | 1011 | 1013 | 1014 | 1015 | 1016
  | 1017 | 1018 | 1021 | 1022 | 1023 | 1024 | 1025 | 1026 | 1028 | 1031
  | 2000 | 2001 | 2002 | 2003 | 2004 | 2005 | 2006 | 2007 | 2008 | 2009
  | 2010 | 2011 | 2012 | 2013 | 2014 | 2015 | 2016 | 2017 | 2023 | 2024
  | 2025 | 2026 | 2027 | 2028 | 2029 | 2030 | 2036 | 2050 | 2060 | 2061
  | 2062 | 2064 | 2065 | 2066 | 2067 | 2068 | 2069 | 2070 | 131001 | 131002
  | 131006 | 131043 | 133001 | 133002 | 133003 | 133007 | 136025;

/** The retired entries, sorted by code, each with its Cloud API replacement where one is known. */
export const RETIRED_ERROR_CODE_ENTRIES: readonly CatalogRetiredEntry[] = [
  { code: 400, title: "Media download error", platform: "on-premises", replacement: 131052, notes: "replacement inferred from identical titles." },
  { code: 402, title: "Business eligibility — Payment issue", platform: "on-premises", replacement: 131042, notes: "replacement inferred from identical titles (131042's 2022 title)." },
  { code: 408, title: "Message is not valid", platform: "on-premises" },
  { code: 410, title: "Message expired", platform: "on-premises" },
  { code: 429, title: "Rate limit hit", platform: "on-premises", replacement: 130429, notes: "replacement inferred from identical titles." },
  { code: 430, title: "Unsigned certificate", platform: "on-premises", replacement: 131045, notes: "replacement inferred from identical titles (131045's 2022 title)." },
  { code: 432, title: "Certificate ID mismatch", platform: "on-premises" },
  { code: 433, title: "Certificate signature invalid", platform: "on-premises" },
  { code: 470, title: "Re-engagement message", platform: "on-premises", replacement: 131047, notes: "replacement inferred from identical titles." },
  { code: 471, title: "Spam rate limit hit", platform: "on-premises", replacement: 131048, notes: "replacement inferred from identical titles." },
  { code: 472, title: "User's number is part of an experiment", platform: "on-premises", replacement: 130472, notes: "replacement inferred from identical titles." },
  { code: 480, title: "User potentially changed", platform: "on-premises" },
  { code: 500, title: "Generic error", platform: "on-premises", replacement: 131000, notes: "replacement inferred from identical titles (131000's 2022 title)." },
  { code: 501, title: "Message type is not currently supported", platform: "on-premises", replacement: 131051, notes: "replacement inferred from matching titles (131051 \"Unsupported message type\")." },
  { code: 506, title: "Duplicate Post", platform: "cloud", notes: "In 2022-era Cloud API tables, absent since 2023; Meta names no replacement." },
  { code: 1000, title: "Generic error", platform: "on-premises", replacement: 131000, notes: "replacement inferred from identical titles (131000's 2022 title)." },
  { code: 1001, title: "Message too long", platform: "on-premises" },
  { code: 1002, title: "Invalid recipient type", platform: "on-premises" },
  { code: 1004, title: "Resource already exists", platform: "on-premises" },
  { code: 1005, title: "Access denied", platform: "on-premises", replacement: 131005, notes: "replacement inferred from identical titles." },
  { code: 1006, title: "Resource not found", platform: "on-premises" },
  { code: 1007, title: "Recipient blocked to receive message (Deprecated)", platform: "on-premises", notes: "Already marked deprecated in the On-Premises docs." },
  { code: 1008, title: "Required parameter is missing", platform: "on-premises", replacement: 131008, notes: "replacement inferred from identical titles." },
  { code: 1009, title: "Parameter value is not valid", platform: "on-premises", replacement: 131009, notes: "replacement inferred from identical titles." },
  { code: 1010, title: "Parameter is not required", platform: "on-premises" },
  { code: 1011, title: "Service not ready", platform: "on-premises" },
  { code: 1013, title: "User is not valid", platform: "on-premises" },
  { code: 1014, title: "Internal error", platform: "on-premises" },
  { code: 1015, title: "Too many requests", platform: "on-premises" },
  { code: 1016, title: "System overloaded", platform: "on-premises" },
  { code: 1017, title: "Not Primary Master", platform: "on-premises" },
  { code: 1018, title: "Not Primary Coreapp", platform: "on-premises" },
  { code: 1021, title: "Bad User", platform: "on-premises", replacement: 131021, notes: "replacement inferred from identical titles (131021's 2022 title)." },
  { code: 1022, title: "Webhooks URL is not configured", platform: "on-premises" },
  { code: 1023, title: "Database error", platform: "on-premises" },
  { code: 1024, title: "Password Change Required", platform: "on-premises" },
  { code: 1025, title: "Invalid Request", platform: "on-premises" },
  { code: 1026, title: "Receiver incapable", platform: "on-premises", replacement: 131026, notes: "replacement inferred from identical titles (131026's pre-v16 webhook title)." },
  { code: 1028, title: "user_identity_changed needs ack", platform: "on-premises", notes: "A user_identity_changed system notification had to be acknowledged first." },
  { code: 1031, title: "Sender account has been locked", platform: "on-premises", replacement: 131031, notes: "replacement inferred from identical titles (131031 \"Account has been locked\")." },
  { code: 2000, title: "Template Param Count Mismatch", platform: "on-premises", replacement: 132000, notes: "replacement inferred from identical titles." },
  { code: 2001, title: "Template Missing", platform: "on-premises", replacement: 132001, notes: "replacement inferred from identical titles (132001's alias \"Template Missing\")." },
  { code: 2002, title: "Template Fetch Failed", platform: "on-premises" },
  { code: 2003, title: "Template Pack Missing", platform: "on-premises" },
  { code: 2004, title: "Template Param Length Too Long", platform: "on-premises" },
  { code: 2005, title: "Template Hydrated Text Too Long", platform: "on-premises", replacement: 132005, notes: "replacement inferred from identical titles." },
  { code: 2006, title: "Template White Space Policy Violated", platform: "on-premises" },
  { code: 2007, title: "Template Format Character Policy Violated", platform: "on-premises", replacement: 132007, notes: "replacement inferred from identical titles." },
  { code: 2008, title: "Template Media Format Unsupported", platform: "on-premises" },
  { code: 2009, title: "Template Required Component Missing", platform: "on-premises" },
  { code: 2010, title: "Template Invalid Hydrated URL", platform: "on-premises" },
  { code: 2011, title: "Template Invalid Phone Number", platform: "on-premises" },
  { code: 2012, title: "Template Parameter Format Mismatch", platform: "on-premises", replacement: 132012, notes: "replacement inferred from identical titles." },
  { code: 2013, title: "Template Buttons Unsupported", platform: "on-premises" },
  { code: 2014, title: "Expected Namespace is Empty", platform: "on-premises" },
  { code: 2015, title: "Invalid number of sections", platform: "on-premises" },
  { code: 2016, title: "Invalid number of rows", platform: "on-premises" },
  { code: 2017, title: "Character Policy Violated", platform: "on-premises" },
  { code: 2023, title: "Invalid number of product", platform: "on-premises" },
  { code: 2024, title: "Catalog ID not found", platform: "on-premises" },
  { code: 2025, title: "Catalog ID not linked to API number", platform: "on-premises" },
  { code: 2026, title: "Missing products", platform: "on-premises" },
  { code: 2027, title: "No products found", platform: "on-premises" },
  { code: 2028, title: "List all products failed compliance", platform: "on-premises" },
  { code: 2029, title: "List some products failed compliance", platform: "on-premises" },
  { code: 2030, title: "List mixed products invalid and failed compliance", platform: "on-premises" },
  { code: 2036, title: "Invalid Header Structure", platform: "on-premises" },
  { code: 2050, title: "Missing Compliance Info", platform: "on-premises" },
  { code: 2060, title: "Template Rejected", platform: "on-premises" },
  { code: 2061, title: "Template Paused", platform: "on-premises", replacement: 132015, notes: "replacement inferred from identical titles." },
  { code: 2062, title: "Template Disabled", platform: "on-premises", replacement: 132016, notes: "replacement inferred from identical titles." },
  { code: 2064, title: "Invalid Flow ID", platform: "on-premises", notes: "Flow send error, listed on the Flows error-codes page." },
  { code: 2065, title: "Invalid Flow Message Version", platform: "on-premises", notes: "Flow send error, listed on the Flows error-codes page." },
  { code: 2066, title: "Invalid Flow Mode", platform: "on-premises", notes: "Flow send error, listed on the Flows error-codes page." },
  { code: 2067, title: "Flow DRAFT Mode Not Allowed", platform: "on-premises", notes: "Flow send error, listed on the Flows error-codes page." },
  { code: 2068, title: "Flow is blocked", platform: "on-premises", replacement: 132068, notes: "replacement inferred from identical titles." },
  { code: 2069, title: "Flow is throttled", platform: "on-premises", replacement: 132069, notes: "replacement inferred from identical titles." },
  { code: 2070, title: "Invalid Flow Version", platform: "on-premises", notes: "Flow send error, listed on the Flows error-codes page." },
  { code: 131001, title: "Message too long", platform: "cloud", notes: "In 2022-era Cloud API tables, absent since 2023; Meta names no replacement." },
  { code: 131002, title: "Invalid recipient type", platform: "cloud", notes: "In 2022-era Cloud API tables, absent since 2023; Meta names no replacement." },
  { code: 131006, title: "Resource not found", platform: "cloud", notes: "In 2022-era Cloud API tables, absent since 2023; Meta names no replacement." },
  { code: 131043, title: "Message expired", platform: "cloud", notes: "In 2022-era Cloud API tables, absent since 2023; Meta names no replacement." },
  { code: 133001, title: "Decryption Error", platform: "cloud", notes: "In 2022-era Cloud API tables, absent since 2023; Meta names no replacement." },
  { code: 133002, title: "Backup Blob Decryption Error", platform: "cloud", notes: "In 2022-era Cloud API tables, absent since 2023; Meta names no replacement." },
  { code: 133003, title: "Recovery Token Decryption Error", platform: "cloud", notes: "In 2022-era Cloud API tables, absent since 2023; Meta names no replacement." },
  { code: 133007, title: "Account Blocked", platform: "cloud", notes: "In 2022-era Cloud API tables, absent since 2023; Meta names no replacement." },
  { code: 136025, title: "Verify code error", platform: "cloud", notes: "In 2022-era Cloud API tables, absent since 2023; Meta names no replacement." },
];

/*
 * GENERATED FILE: do not edit by hand. Generated from src/catalog/catalog.json
 * by the whatsapp-error-codes generator; edit the catalog and run `npm run generate`.
 */
import type { CatalogCodeEntry, CatalogExclusion, CatalogForeignProduct, CatalogMeaningClass, CatalogRetiredEntry, CatalogSubcodeEntry } from '../catalog/schema.js';

/** Every documented WhatsApp Cloud API error code: canonical constant name → code. */
export const WhatsAppErrorCode = {
  /** 0 · AuthException · sender · refresh-token. The access token could not authenticate the app user, usually because it expired or was invalidated, or because the user changed a setting that blocks apps from their data. Get a new access token before retrying. */
  AUTH_EXCEPTION: 0,
  /** 1 · API Unknown · platform · retry. The request was invalid or the server hit an error it could not classify. Check Meta's status page and the request format; one retry is reasonable. */
  API_UNKNOWN: 1,
  /** 2 · API Service · platform · retry-with-backoff. Meta's service is briefly down or overloaded. Check the platform status page and retry with backoff. */
  API_SERVICE: 2,
  /** 3 · API Method · sender · fix-account. The app lacks a capability or permission that the called endpoint requires. Check the token in the Access Token Debugger and add what is missing before calling again. */
  API_METHOD: 3,
  /** 4 · API Too Many Calls · sender · retry-with-backoff. The app has used up its Graph API call allowance for now. Back off, retry later, and lower how often the app calls the API. */
  API_TOO_MANY_CALLS: 4,
  /** 10 · Permission Denied · sender · fix-account. A permission the call depends on was never granted or has been taken away; Meta also uses it when the API is not available to the account, or when a Flows endpoint phone number is not authorised for the business public key. Grant the permission or fix the setup, then retry. */
  PERMISSION_DENIED: 10,
  /** 33 · Parameter value is not valid · sender · fix-request. The ID the request is addressed to does not point to a usable object, typically because the business phone number behind the phone number ID has been deleted. Check the ID you are calling. */
  INVALID_OBJECT_ID: 33,
  /** 100 · Invalid parameter · sender · fix-request. The request contains a parameter that the endpoint does not support, that is misspelled, or whose value is too long. Compare the request with the endpoint reference; on template and phone endpoints the error_subcode and error_user_msg say exactly what is wrong. */
  INVALID_PARAMETER: 100,
  /** 104 · Incorrect signature · sender · fix-request. The request carried no valid access token or signature; Meta says some endpoints answer a request sent without a token with 104. Send the request again with a valid access token. */
  MISSING_TOKEN_OR_INCORRECT_SIGNATURE: 104,
  /** 190 · Access token has expired · sender · refresh-token. The access token sent with the request has expired or is otherwise no longer valid. Obtain a fresh token and send the request again. */
  ACCESS_TOKEN_EXPIRED: 190,
  /** 200 (first of 200–299) · API Permission · sender · fix-account. The app was never granted, or has lost, a permission the endpoint needs; every code from 200 to 299 means this. Code 200 on its own also answers some GET requests sent without an access token ("Provide valid app ID"). Grant the missing permission, or send a valid token, and call again. */
  API_PERMISSION: 200,
  /** 368 · Temporarily blocked for policies violations · sender · wait. Meta has limited or switched off the WhatsApp Business Account linked to the app because it broke a platform policy. Do not resend until the enforcement ends; follow Meta's policy enforcement guidance to resolve it. */
  TEMPORARILY_BLOCKED_FOR_POLICY_VIOLATIONS: 368,
  /** 613 · Fetch Call Permission For Consumer Phone Number API Limit Hit · sender · retry-with-backoff. Calls to one Graph API endpoint went over that endpoint's rate limit; in WhatsApp, Meta documents it for the call permission status lookup. Back off and call that endpoint less often. */
  ENDPOINT_RATE_LIMIT_EXCEEDED: 613,
  /** 80007 · Rate limit issues · sender · retry-with-backoff. The WhatsApp Business Account itself has reached its API rate limit, which is separate from the app-wide limit behind code 4. Slow down calls for this account and retry later. */
  RATE_LIMIT_ISSUES: 80007,
  /** 80008 · There have been too many calls to this WhatsApp Business account · sender · retry-with-backoff. The app made too many Graph API calls to one WhatsApp Business Account in a short time. Wait a little, then retry with backoff and call that account less often. */
  WABA_TOO_MANY_CALLS: 80008,
  /** 130403 · This business has blocked the end user on WhatsApp · sender · fix-account. The recipient is on this business's own block list: the business blocked the user, not the other way round. Unblock the user (Block Users API) if you want to message them again. */
  BUSINESS_BLOCKED_USER: 130403,
  /** 130429 · Rate limit hit · sender · retry-with-backoff. The business phone number is sending faster than its Cloud API message throughput allows. Retry with backoff and spread sends out over time. */
  RATE_LIMIT_HIT: 130429,
  /** 130472 · User's number is part of an experiment · recipient · do-not-retry. Meta held back this marketing template because the user belongs to a small marketing-message experiment group; it is not charged, and resending gives the same error. If it matters, ask the user outside WhatsApp to write to you, then resend it inside the open customer service window (an open free entry point window also lets it through). */
  MARKETING_MESSAGE_EXPERIMENT: 130472,
  /** 130497 · Business account is restricted from messaging users in this country · sender · do-not-retry. The WhatsApp Business Account is not allowed to message users in the recipient's country, depending on the business's category under WhatsApp Business Policy. Do not resend to recipients in that country. */
  COUNTRY_RESTRICTION: 130497,
  /** 130501 · Unsupported message type · platform · do-not-retry. A group participant sent a kind of message that the API does not support, so the group message webhook carries type "unsupported" instead of its content. Nothing can be resent; ask the participant to send it in another form if you need it. */
  GROUP_UNSUPPORTED_MESSAGE_TYPE: 130501,
  /** 131000 · Something went wrong · platform · retry. The message failed because of an unexpected internal error at Meta. Send it again; if it keeps failing, open a Direct Support ticket. */
  SOMETHING_WENT_WRONG: 131000,
  /** 131005 · Access denied · sender · fix-account. A permission needed for this WhatsApp call was never granted or has been removed. Verify the token's permissions and retry once fixed. */
  ACCESS_DENIED: 131005,
  /** 131008 · Required parameter is missing · sender · fix-request. The request leaves out a field that the endpoint requires. Add the missing field as listed in the endpoint reference and resend. */
  REQUIRED_PARAMETER_MISSING: 131008,
  /** 131009 · Parameter value is not valid · sender · fix-request. One or more values in the request are not acceptable for their fields. Check the allowed values in the endpoint reference; error_data.details usually names the field. */
  PARAMETER_VALUE_NOT_VALID: 131009,
  /** 131016 · Service unavailable · platform · retry-with-backoff. A Meta service needed for the request is temporarily unavailable. Check the status page and retry with backoff. */
  SERVICE_UNAVAILABLE: 131016,
  /** 131020 · Bad Group · sender · fix-account. Messages cannot be sent to a group whose only member is the business. Add participants to the group, then send again. */
  GROUP_HAS_SINGLE_MEMBER: 131020,
  /** 131021 · Recipient cannot be sender · sender · do-not-retry. The recipient number is the same as the business number sending the message. Send to a different number. */
  RECIPIENT_CANNOT_BE_SENDER: 131021,
  /** 131026 · Message Undeliverable · recipient · do-not-retry. The recipient cannot receive the message: the number may not be on WhatsApp, the user may not have accepted the current Terms of Service, or their app may be too old. Resending will not help; reach them another way and ask them to check they can message your number. */
  MESSAGE_UNDELIVERABLE: 131026,
  /** 131030 · Recipient phone number is not in allowed list · sender · fix-account. When sending or calling from a public test number, only recipients on its allowed list can be reached, and this one is not on it. Add the recipient to the list and try again. */
  RECIPIENT_NOT_IN_ALLOWED_LIST: 131030,
  /** 131031 · Account has been locked · sender · fix-account. The WhatsApp Business Account was restricted or disabled for a policy breach, or data in the request (such as the two-step verification PIN) did not match what is set on the account. Check the account's health status and the request data before trying again. */
  BUSINESS_ACCOUNT_LOCKED: 131031,
  /** 131035 · Webhook could not be delivered within data retention limit · sender · do-not-retry. With No Storage (limited data retention) on, a webhook that could not reach your endpoint within the shortened retry window was dropped, and this error was sent in its place. The content is gone; keep the webhook endpoint available so it does not happen again. */
  WEBHOOK_NOT_DELIVERED_WITHIN_RETENTION_LIMIT: 131035,
  /** 131036 · Message failed to be delivered on at least one of the user's device · recipient · retry. The user's primary device could not decrypt the message and asked for it again after the one-hour window, but an account with No Storage on no longer had the content ("Message payload not found"). Send the message again if it still matters. */
  MESSAGE_NOT_DELIVERED_TO_ALL_DEVICES: 131036,
  /** 131037 · WhatsApp provided number needs display name approval before message can be sent · sender · fix-account. The message was sent from a WhatsApp-provided (555) number whose display name has not been approved. Get the display name approved, then send again. */
  DISPLAY_NAME_APPROVAL_REQUIRED: 131037,
  /** 131041 · Group unknown · sender · fix-request. The group does not exist, or the business number is not a member of it. Check the group ID and that the business number still belongs to the group. */
  GROUP_UNKNOWN: 131041,
  /** 131042 · Business eligibility payment issue · sender · fix-account. Messages cannot go out because of a billing problem on the WhatsApp Business Account, such as no payment method, a missing or exhausted credit line, or an account whose currency or time zone is not set. Fix the billing setup, then resend. */
  BUSINESS_ELIGIBILITY_PAYMENT_ISSUE: 131042,
  /** 131044 · No valid payment method attached for user-initiated calls · sender · fix-account. An error webhook reports that a user-initiated call could not be handled because the business has no valid payment method attached. Add a payment method to the account; it is the calling counterpart of 131042. */
  CALLING_PAYMENT_METHOD_MISSING: 131044,
  /** 131045 · Incorrect certificate · sender · fix-account. The message failed because of a problem with the phone number's registration. Register the number again before retrying. */
  INCORRECT_CERTIFICATE: 131045,
  /** 131047 · Re-engagement message · sender · send-template. The customer service window is closed: the user has not written to the business in the last 24 hours, so free-form messages are refused. Send an approved template message instead. */
  RE_ENGAGEMENT_MESSAGE_REQUIRED: 131047,
  /** 131048 · Spam rate limit hit · sender · wait. The number may only send a limited volume of messages for now, because many of its earlier messages were blocked or reported as spam by users. Pause sending, check the number's quality rating in WhatsApp Manager and improve what you send before resuming. */
  SPAM_RATE_LIMIT_HIT: 131048,
  /** 131049 · This message was not delivered to maintain healthy ecosystem engagement · platform · wait, at least 86400 s. Meta chose not to deliver this marketing message to keep engagement healthy, for example because the user reached the per-user limit on marketing templates. Do not resend right away; wait at least 24 hours before trying that user again. */
  HEALTHY_ECOSYSTEM_LIMIT: 131049,
  /** 131050 · Recipient has chosen to stop receiving marketing messages from your business · recipient · do-not-retry. The user has turned off marketing messages from this business, so marketing templates to them are refused. Do not retry; follow opt-outs through the user_preferences webhook. */
  RECIPIENT_OPTED_OUT_OF_MARKETING: 131050,
  /** 131051 · Unsupported message type · sender · fix-request. On a send, the message type is not one the API supports; on an inbound webhook, the user sent something the API cannot pass on. For sends, switch to a supported message type. */
  UNSUPPORTED_MESSAGE_TYPE: 131051,
  /** 131052 · Media download error · platform · do-not-retry. Media that the user sent could not be downloaded, so the inbound message arrives without it. Check error_data.details and ask the user to share the file another way. */
  MEDIA_DOWNLOAD_ERROR: 131052,
  /** 131053 · Media upload error · sender · fix-request. The media attached to your outgoing message could not be uploaded, for example because its type is not supported. Check error_data.details and the supported media types, then resend with a valid file. */
  MEDIA_UPLOAD_ERROR: 131053,
  /** 131055 · Method not allowed · sender · fix-request. The API does not accept this kind of request: the Marketing Messages API takes only marketing templates, and the Calling API refuses Graph API calls for numbers set up for SIP. Use the matching API or method. */
  METHOD_NOT_ALLOWED: 131055,
  /** 131056 · (Business Account, Consumer Account) pair rate limit hit · sender · wait, at least 6 s. The business number sent too many messages to one and the same recipient within a short time. Wait before messaging that recipient again; sending to other recipients is unaffected. */
  PAIR_RATE_LIMIT_HIT: 131056,
  /** 131057 · Account in maintenance mode · platform · retry-with-backoff. The business account is temporarily in maintenance mode, for instance during a throughput upgrade. Retry later with backoff. */
  ACCOUNT_IN_MAINTENANCE_MODE: 131057,
  /** 131059 · Invalid cursor · sender · fix-request. The pagination cursor has expired or is corrupt; Meta returns this for group lists and, from v24.0, for the message template list. Start paging again without the before or after cursor. */
  INVALID_PAGINATION_CURSOR: 131059,
  /** 131060 · This message is currently unavailable · platform · do-not-retry. On a number shared with the WhatsApp Business app (coexistence), a message that a user with an unsupported linked device sent to or received from the business is not passed on to the API. Ask the business to read the message in the WhatsApp Business app. */
  MESSAGE_UNAVAILABLE: 131060,
  /** 131062 · Business-scoped user ID recipient not supported for this message · sender · fix-request. The message was addressed with a business-scoped user ID (BSUID), but it cannot be delivered to a recipient identified that way. Address it by phone number, or send a message that accepts BSUID recipients. */
  BSUID_RECIPIENT_NOT_SUPPORTED: 131062,
  /** 131063 · Marketing templates are disabled for Cloud API · sender · fix-account. The template is in the marketing category, but marketing sends through Cloud API are switched off for this setup by disable_marketing_messages_on_cloud_api. Send it through the Marketing Messages API or set that flag to false. */
  MARKETING_TEMPLATES_DISABLED_ON_CLOUD_API: 131063,
  /** 131064 · Message limit reached due to template classification violations · sender · wait. Meta has capped how many messages the account may send because its templates were put in the wrong category; the cap applies to template and free-form messages alike. Wait for the enforcement period to end and make sure templates are categorised correctly. */
  TEMPLATE_CLASSIFICATION_MESSAGE_LIMIT: 131064,
  /** 131201 · Request partially succeeded · sender · fix-request. Some participant operations in the request worked and others failed. Inspect the per-participant results and resubmit only the failed ones after fixing them. */
  GROUP_REQUEST_PARTIALLY_SUCCEEDED: 131201,
  /** 131202 · Duplicate participant · sender · fix-request. The participant list names the same user more than once. Remove the duplicates and resend. */
  GROUP_DUPLICATE_PARTICIPANT: 131202,
  /** 131203 · Unable to add participant to group · recipient · do-not-retry. A join request could not be approved because the user has not accepted WhatsApp's current Terms of Service and Privacy Policy. Do not retry until the user has accepted them. */
  GROUP_PARTICIPANT_TERMS_NOT_ACCEPTED: 131203,
  /** 131204 · Participant overlimit · sender · fix-request. Adding these participants would take the group past its maximum size. Add fewer participants, or remove some first. */
  GROUP_PARTICIPANT_OVERLIMIT: 131204,
  /** 131207 · Group suspended · sender · do-not-retry. The group has been suspended for breaking platform policy and cannot be used. Do not retry. */
  GROUP_SUSPENDED: 131207,
  /** 131208 · Group Rate Limit Hit · sender · retry-with-backoff. This phone number made too many group operations in a short time. Back off and retry. */
  GROUP_RATE_LIMIT_HIT: 131208,
  /** 131209 · Invalid Group Profile Picture Aspect Ratio · sender · fix-request. The group profile picture is not square. Crop it to a 1:1 aspect ratio and upload it again. */
  GROUP_PROFILE_PICTURE_ASPECT_RATIO_INVALID: 131209,
  /** 131210 · Image is Too Small to Process · sender · fix-request. The group profile image is too small: width and height must both be more than 192 pixels. Upload a larger image. */
  GROUP_IMAGE_TOO_SMALL_TO_PROCESS: 131210,
  /** 131211 · Group create limit reached · sender · do-not-retry. This business number has already created as many groups as it is allowed. Do not retry the creation. */
  GROUP_CREATE_LIMIT_REACHED: 131211,
  /** 131212 · Participant is not a part of the group. · sender · fix-request. The user the operation targets is not a member of the group. Check the participant and the group before sending again. */
  GROUP_PARTICIPANT_NOT_IN_GROUP: 131212,
  /** 131213 · Group join request does not exist. · sender · fix-request. The join request referenced in the call does not exist. Fetch the current join requests and use one of their IDs. */
  GROUP_JOIN_REQUEST_DOES_NOT_EXIST: 131213,
  /** 131214 · Group creation is temporarily disabled · sender · wait. Creating groups is paused for this number because its account sent too many marketing messages inside customer service windows over the past seven days. Wait until the pause ends before creating groups again. */
  GROUP_CREATION_TEMPORARILY_DISABLED: 131214,
  /** 131215 · This phone number is not eligible to access Groups APIs · sender · fix-account. The business phone number does not meet the requirements for the Groups API. Check the eligibility requirements in the Groups documentation. */
  GROUP_API_NOT_ELIGIBLE: 131215,
  /** 132000 · Template Param Count Mismatch · sender · fix-request. The number of variable values in the request differs from the number of variables the template defines. Supply exactly one value per template variable. */
  TEMPLATE_PARAM_COUNT_MISMATCH: 132000,
  /** 132001 · Template does not exist · sender · fix-request. No approved template with this name exists in the requested language. Check the template name, the language code and the approval status. */
  TEMPLATE_DOES_NOT_EXIST: 132001,
  /** 132005 · Template Hydrated Text Too Long · sender · fix-request. Once the variables are filled in, the template text is longer than allowed. Shorten the variable values and check the template's translation in WhatsApp Manager. */
  TEMPLATE_HYDRATED_TEXT_TOO_LONG: 132005,
  /** 132007 · Template Format Character Policy Violated · sender · fix-request. The template content breaks a WhatsApp policy. Check the rejection reasons and change the content. */
  TEMPLATE_FORMAT_CHARACTER_POLICY_VIOLATED: 132007,
  /** 132012 · Template Parameter Format Mismatch · sender · fix-request. The values supplied for the template variables are not in the format the template specifies. Format each value the way the template expects. */
  TEMPLATE_PARAMETER_FORMAT_MISMATCH: 132012,
  /** 132015 · Template is Paused · sender · fix-account. The template is paused for low quality and cannot be sent; Meta also reports this code in failed status webhooks for held messages it drops under template pacing or business portfolio pacing. Edit the template to improve it and send again once it is approved. */
  TEMPLATE_PAUSED: 132015,
  /** 132016 · Template is Disabled · sender · fix-account. The template was paused too many times for low quality and is now disabled for good. Create a new template with different content. */
  TEMPLATE_DISABLED: 132016,
  /** 132018 · Template validation error · sender · fix-request. The parameters given for the template failed validation. Review the reported problems, correct the parameters and resend. */
  TEMPLATE_VALIDATION_ERROR: 132018,
  /** 132068 · Flow is blocked · sender · fix-account. The Flow in the message is in the blocked state, so it cannot be sent. Correct the Flow before sending it again. */
  FLOW_BLOCKED: 132068,
  /** 132069 · Flow is throttled · sender · wait, at least 3600 s. The Flow is throttled (Meta throttles a Flow whose endpoint is unhealthy), and the 10 messages per hour a throttled Flow may use have already been sent. Wait before sending it again, and fix the Flow's endpoint so it leaves the throttled state. */
  FLOW_THROTTLED: 132069,
  /** 133000 · Incomplete Deregistration · sender · fix-account. An earlier attempt to deregister the number did not complete. Deregister it again before registering. */
  INCOMPLETE_DEREGISTRATION: 133000,
  /** 133004 · Server Temporarily Unavailable · platform · retry-with-backoff. The server is temporarily unavailable. Check the WhatsApp Business Platform status page and the details value, then retry later. */
  SERVER_TEMPORARILY_UNAVAILABLE: 133004,
  /** 133005 · Two step verification PIN Mismatch · sender · fix-request. The two-step verification PIN in the request is wrong. Send the correct PIN, or disable two-step verification and set a new one. */
  TWO_STEP_VERIFICATION_PIN_MISMATCH: 133005,
  /** 133006 · Phone number re-verification needed · sender · fix-account. The phone number has to be verified again before it can be registered. Verify it, then register. */
  PHONE_NUMBER_REVERIFICATION_NEEDED: 133006,
  /** 133008 · Too Many two step verification PIN Guesses · sender · wait. Too many wrong two-step verification PINs were tried for this number. Wait for the time given in details before trying again. */
  TOO_MANY_TWO_STEP_VERIFICATION_PIN_GUESSES: 133008,
  /** 133009 · Two step verification PIN Guessed Too Fast · sender · wait. PIN attempts were made too quickly one after another. Slow down and retry after the delay given in details. */
  TWO_STEP_VERIFICATION_PIN_GUESSED_TOO_FAST: 133009,
  /** 133010 · Phone number Not Registered · sender · fix-account. The business phone number is not registered on the WhatsApp Business Platform. Register it before sending. */
  PHONE_NUMBER_NOT_REGISTERED: 133010,
  /** 133015 · Please wait a few minutes before attempting to register this phone number · sender · wait, at least 300 s. The number was deleted recently and the deletion is still being processed. Wait about five minutes before registering it again. */
  WAIT_BEFORE_REGISTERING_PHONE_NUMBER: 133015,
  /** 133016 · Account register deregister rate limit exceeded · sender · wait, at least 259200 s. This phone number has made too many register or deregister requests recently (Meta allows 10 per number in 72 hours), so further attempts are refused for now. Wait until the number is unblocked, then register again. */
  ACCOUNT_REGISTER_DEREGISTER_RATE_LIMIT_EXCEEDED: 133016,
  /** 134011 · WhatsApp Payments Terms of Service not accepted · sender · fix-account. The message could not be sent because the business has not yet accepted the WhatsApp Payments Terms of Service. Accept them (the error links to them) and retry. */
  PAYMENTS_TERMS_NOT_ACCEPTED: 134011,
  /** 134100 · Only marketing messages supported · sender · fix-request. The Marketing Messages API only sends marketing templates and this message is not one. Use a marketing-category template, or send through the regular messages endpoint. */
  ONLY_MARKETING_MESSAGES_SUPPORTED: 134100,
  /** 134101 · Your template is still syncing · platform · wait, at least 600 s. A newly created template is still being synced for the Marketing Messages API, which can take up to 10 minutes. Wait ten minutes, then send again. */
  TEMPLATE_STILL_SYNCING: 134101,
  /** 134102 · Template unavailable for use · sender · fix-account. The template cannot be used on the Marketing Messages API because its ad sync failed or the account is not eligible for that API. Check the onboarding status and contact support if you are onboarded and it persists. */
  TEMPLATE_UNAVAILABLE_FOR_USE: 134102,
  /** 135000 · Generic user error · sender · fix-request. The request failed because of an unspecified problem with its parameters. Check it against the endpoint reference and contact support if it continues. */
  GENERIC_USER_ERROR: 135000,
  /** 137000 · Recipient identity key hash mismatch · recipient · fix-request. With the identity change check on, the recipient_identity_key_hash sent did not match the user's current one, so Meta did not deliver the message: the user's identity changed since you last talked. Confirm the user's identity outside WhatsApp, then resend without a hash and store the new hash from the status webhook. */
  RECIPIENT_IDENTITY_KEY_MISMATCH: 137000,
  /** 138000 · Calling not enabled · sender · fix-account. Calling APIs are turned off for this business phone number. Enable calling in the number's call settings. */
  CALLING_NOT_ENABLED: 138000,
  /** 138001 · Receiver Uncallable · recipient · do-not-retry. The user cannot take WhatsApp calls: the number may not be on WhatsApp, the user may not have accepted the Terms of Service, or their client does not support calls. Confirm with the user that they can be called this way. */
  CALL_RECEIVER_UNCALLABLE: 138001,
  /** 138002 · Concurrent Calls limit · sender · retry-with-backoff. The number already has the maximum of 1,000 calls in progress. Retry later or run fewer calls at once. */
  CALL_CONCURRENT_CALLS_LIMIT: 138002,
  /** 138003 · Duplicate call · sender · wait. A call with this user is already in progress. Try again after the current call ends. */
  CALL_DUPLICATE: 138003,
  /** 138004 · Connection error · platform · retry. The call could not be connected. Retry later and check the connection parameters you supplied. */
  CALL_CONNECTION_ERROR: 138004,
  /** 138005 · Call rate limit exceeded · sender · retry-with-backoff. The business number has started as many calls as it may for now. Retry later or initiate calls less often. */
  CALL_RATE_LIMIT_EXCEEDED: 138005,
  /** 138006 · No approved call permission found · recipient · fix-account. The user has not approved a call permission for this business. Obtain the user's call permission before calling. */
  CALL_PERMISSION_NOT_APPROVED: 138006,
  /** 138007 · Connect Timeout error · sender · fix-request. The call timed out because the business side was too slow with the SDP exchange: it did not apply the SDP offer or answer it got from Cloud API, or did not send its own answer SDP through the connect API, quickly enough. Make your calling integration handle SDP faster. */
  CALL_CONNECT_TIMEOUT: 138007,
  /** 138009 · Call Permission Request Limit Hit · sender · wait. The business sent this user too many call permission requests in the allowed period. Wait for the limit to reset; a connected call with the user also resets it. */
  CALL_PERMISSION_REQUEST_LIMIT_HIT: 138009,
  /** 138012 · Business Initiated Calls Limit Hit · sender · wait. The cap on connected business-initiated calls in 24 hours has been reached. Wait until the time error_data gives for the next allowed call. */
  CALL_BUSINESS_INITIATED_LIMIT_HIT: 138012,
  /** 138013 · Business-initiated calling is not available · sender · do-not-retry. Business-initiated calling is not offered for this business phone number. Check Meta's calling availability list. */
  CALL_BUSINESS_INITIATED_NOT_AVAILABLE: 138013,
  /** 138014 · Calling is temporarily disabled · sender · wait. Calling for this number has been paused because of low quality. Make outreach useful rather than spammy and retry once the restriction is lifted. */
  CALLING_TEMPORARILY_DISABLED: 138014,
  /** 138015 · Calling cannot be enabled · sender · fix-account. Calling cannot be switched on because the number's messaging limit is below 2,000. Raise the messaging limit first. */
  CALLING_CANNOT_BE_ENABLED: 138015,
  /** 138017 · Call permission request can't be sent because a permanent permission already exists · sender · do-not-retry. The user has already granted this number permanent permission to call, so no new permission request is needed. Do not send one; call the user instead. */
  CALL_PERMANENT_PERMISSION_EXISTS: 138017,
  /** 138018 · WhatsApp Business calling cannot be enabled because technical pre-requisites are not met · sender · fix-account. Calling cannot be enabled until SIP is configured or an app subscribed to the WhatsApp Business Account also subscribes to the calls webhook field. Complete the setup and retry. */
  CALLING_PREREQUISITES_NOT_MET: 138018,
  /** 138019 · Call setup failed · recipient · retry. Setting up the call failed on the user's WhatsApp app; Meta reports it in the call terminate webhook. Try calling again later. */
  CALL_SETUP_FAILED: 138019,
  /** 138020 · Relay connection failed · recipient · retry. The user's WhatsApp client could not reach the relay server; Meta reports it in the call terminate webhook. Try calling again later. */
  CALL_RELAY_CONNECTION_FAILED: 138020,
  /** 138021 · Media receive timeout · sender · fix-request. The user's WhatsApp client hung up because no call media reached it for too long; Meta reports it in the call terminate webhook. Check that your side really streams call media to the relay server, then call again. */
  CALL_MEDIA_RECEIVE_TIMEOUT: 138021,
  /** 138022 · Media transmit timeout · recipient · retry. The user's WhatsApp client hung up because it could not send call media for too long; Meta reports it in the call terminate webhook. Try calling again later. */
  CALL_MEDIA_TRANSMIT_TIMEOUT: 138022,
  /** 138023 · Call accepted but terminated with no media signals · recipient · retry. The call was accepted but ended without any media connection signal, so Cloud API cannot tell whether it really connected; Meta reports it in the call terminate webhook. Try calling again later. */
  CALL_TERMINATED_WITH_NO_MEDIA_SIGNALS: 138023,
  /** 138024 · WhatsApp Business calling cannot use SIP because it is not enabled · sender · fix-account. The Health Status API reports that the business phone number cannot receive calls over SIP because SIP is not enabled for it. Configure SIP through the phone number's settings API. */
  CALLING_SIP_NOT_ENABLED: 138024,
  /** 138025 · This app cannot use SIP for WhatsApp Business calling because it has not configured a SIP server for this business phone number · sender · fix-account. The Health Status API reports that this app has not configured a SIP server for the business phone number, so it cannot take calls over SIP. Configure the SIP server through the phone number's settings API. */
  CALLING_APP_SIP_SERVER_NOT_CONFIGURED: 138025,
  /** 139000 · Blocked By Integrity · sender · do-not-retry. Meta found an integrity problem on the account and stopped it from creating or publishing Flows. Resending will not help until Meta lifts the block. */
  FLOW_BLOCKED_BY_INTEGRITY: 139000,
  /** 139001 · Flow can't be updated · sender · fix-request. Updating the Flow failed: published Flows cannot be changed (clone and republish instead), endpoint_uri was passed for Flow JSON older than 3.0, or the Flow JSON was saved but could not be processed. Fix the request, except for the processing failure, which can be retried as is. */
  FLOW_CANNOT_BE_UPDATED: 139001,
  /** 139002 · Publishing Flow in invalid state · sender · fix-account. Publishing the Flow failed because a precondition is not met: it is not a draft, has validation errors, lacks an endpoint or data_channel_uri, uses an unsupported version, or the account lacks a phone number, signed public key, connected app, reachable endpoint or Flows webhook subscription. The title says which one; fix it and publish again. */
  FLOW_CANNOT_BE_PUBLISHED: 139002,
  /** 139003 · Can't deprecate unpublished flow · sender · do-not-retry. The Flow cannot be deprecated, either because it was never published (delete the draft instead) or because it is already deprecated, in which case nothing is left to do. */
  FLOW_CANNOT_BE_DEPRECATED: 139003,
  /** 139004 · Can't delete published Flow · sender · do-not-retry. A Flow that has been published cannot be deleted. Deprecate it instead. */
  PUBLISHED_FLOW_CANNOT_BE_DELETED: 139004,
  /** 139006 · Metrics threshold is not reached · platform · wait. There is not yet enough usage data to compute metrics for this Flow. Ask for the metrics again later. */
  FLOW_METRICS_THRESHOLD_NOT_REACHED: 139006,
  /** 139100 · Failed to block/unblock some users · sender · fix-request. A bulk block or unblock request only partly succeeded. Read block_users.failed_users for the per-user errors and retry those after fixing them. */
  FAILED_TO_BLOCK_UNBLOCK_SOME_USERS: 139100,
  /** 139101 · Blocklist limit reached · sender · fix-account. The business's block list is full (64,000 users). Unblock users before blocking more. */
  BLOCKLIST_LIMIT_REACHED: 139101,
  /** 139102 · Blocklist concurrent update · platform · retry. The block list changed while you were paging through it. Read the list again from the beginning. */
  BLOCKLIST_CONCURRENT_UPDATE: 139102,
  /** 139103 · Internal error · platform · retry. The block users request failed because of an internal error at Meta. Retry later. */
  BLOCK_USERS_INTERNAL_ERROR: 139103,
  /** 141002 · Message templates can only be sent out if they are approved · sender · fix-account. The Health Status API reports that the template cannot be sent because it is not approved yet (for example still pending review). Edit the template or appeal the review decision, and send it once it is approved. */
  HEALTH_STATUS_TEMPLATE_NOT_APPROVED: 141002,
  /** 147001 · Username not available · sender · fix-request. The requested business username is taken, failed Meta's internal checks or is not available on the platform. Request a different username. */
  USERNAME_NOT_AVAILABLE: 147001,
  /** 147002 · Account not eligible to request a username · sender · fix-account. The business portfolio that owns the account and the number needs a higher messaging limit before it can request a username. Raise the messaging limit, then request the username again. */
  ACCOUNT_NOT_ELIGIBLE_FOR_USERNAME: 147002,
  /** 147003 · FB Account not linked · sender · fix-account. The requested username already belongs to a Facebook Page, so the business phone number must be linked to that Page first. Link the number to the Page, then request the username again. */
  USERNAME_FACEBOOK_ACCOUNT_NOT_LINKED: 147003,
  /** 147004 · IG Account not linked · sender · fix-account. The requested username already belongs to an Instagram account, so the business phone number must be linked to that account first. Link them, then request the username again. */
  USERNAME_INSTAGRAM_ACCOUNT_NOT_LINKED: 147004,
  /** 147005 · Username transfer required · sender · fix-request. The requested username is already in use on another business phone number of the same business portfolio. To move it to this number, send the request again with transfer_action set to force_transfer. */
  USERNAME_TRANSFER_REQUIRED: 147005,
  /** 200005 · Template insights unavailable · platform · do-not-retry. Template insights are not available for this WhatsApp Business Account yet, so they cannot be turned on now. Do not retry for the time being. */
  TEMPLATE_INSIGHTS_UNAVAILABLE: 200005,
  /** 200006 · Cannot disable template insights · sender · do-not-retry. Template insights cannot be switched off once they have been enabled on the account. Do not retry. */
  CANNOT_DISABLE_TEMPLATE_INSIGHTS: 200006,
  /** 200007 · Template Insights not enabled · sender · fix-account. Template insights have to be enabled on the WhatsApp Business Account before this request can succeed. Enable them, then retry. */
  TEMPLATE_INSIGHTS_NOT_ENABLED: 200007,
  /** 1752041 · Duplicate Request · sender · do-not-retry. The client business was already invited to onboard by a partner, so this invitation is a duplicate. No action is needed: the client's eligible accounts are onboarded automatically. */
  MARKETING_MESSAGES_ONBOARDING_DUPLICATE_REQUEST: 1752041,
  /** 2593107 · Sync API already used for this phone number · sender · fix-account. Contacts and message history of a number onboarded from the WhatsApp Business app (coexistence) can each be synced only once, and that has already happened. To sync again, offboard and re-onboard the business. */
  COEXISTENCE_SYNC_REQUEST_LIMIT_REACHED: 2593107,
  /** 2593108 · Sync requested more than 24 hours after onboarding · sender · fix-account. Contacts and history for a coexistence number can only be synced within 24 hours of onboarding, and that time has passed. Offboard and re-onboard the business to sync. */
  COEXISTENCE_SYNC_WINDOW_EXPIRED: 2593108,
  /** 2593109 · History sync is turned off by the business from the WhatsApp Business App · sender · do-not-retry. The business chose in the WhatsApp Business app not to share its message history, so the history sync of coexistence onboarding delivers this error instead of messages. Nothing to retry; history is only shared if the business re-onboards and agrees to share it. */
  COEXISTENCE_HISTORY_SYNC_TURNED_OFF: 2593109,
  /** @deprecated Renamed `GROUP_HAS_SINGLE_MEMBER` (131020); this alias goes in the next major version. */
  BAD_GROUP: 131020,
  /** @deprecated Renamed `CALL_BUSINESS_INITIATED_NOT_AVAILABLE` (138013); this alias goes in the next major version. */
  BUSINESS_INITIATED_CALLING_NOT_AVAILABLE: 138013,
  /** @deprecated Renamed `CALL_BUSINESS_INITIATED_LIMIT_HIT` (138012); this alias goes in the next major version. */
  BUSINESS_INITIATED_CALLS_LIMIT_HIT: 138012,
  /** @deprecated Renamed `CALL_CONCURRENT_CALLS_LIMIT` (138002); this alias goes in the next major version. */
  CONCURRENT_CALLS_LIMIT: 138002,
  /** @deprecated Renamed `CALL_CONNECT_TIMEOUT` (138007); this alias goes in the next major version. */
  CONNECT_TIMEOUT_ERROR: 138007,
  /** @deprecated Renamed `CALL_CONNECTION_ERROR` (138004); this alias goes in the next major version. */
  CONNECTION_ERROR: 138004,
  /** @deprecated Renamed `CALL_DUPLICATE` (138003); this alias goes in the next major version. */
  DUPLICATE_CALL: 138003,
  /** @deprecated Renamed `GROUP_DUPLICATE_PARTICIPANT` (131202); this alias goes in the next major version. */
  DUPLICATE_PARTICIPANT: 131202,
  /** @deprecated Renamed `MARKETING_MESSAGES_ONBOARDING_DUPLICATE_REQUEST` (1752041); this alias goes in the next major version. */
  DUPLICATE_REQUEST: 1752041,
  /** @deprecated Renamed `USERNAME_FACEBOOK_ACCOUNT_NOT_LINKED` (147003); this alias goes in the next major version. */
  FB_ACCOUNT_NOT_LINKED: 147003,
  /** @deprecated Renamed `ENDPOINT_RATE_LIMIT_EXCEEDED` (613); this alias goes in the next major version. */
  FETCH_CALL_PERMISSION_API_LIMIT_HIT: 613,
  /** @deprecated Renamed `USERNAME_INSTAGRAM_ACCOUNT_NOT_LINKED` (147004); this alias goes in the next major version. */
  IG_ACCOUNT_NOT_LINKED: 147004,
  /** @deprecated Renamed `GROUP_IMAGE_TOO_SMALL_TO_PROCESS` (131210); this alias goes in the next major version. */
  IMAGE_TOO_SMALL_TO_PROCESS: 131210,
  /** @deprecated Renamed `INVALID_PAGINATION_CURSOR` (131059); this alias goes in the next major version. */
  INVALID_CURSOR: 131059,
  /** @deprecated Renamed `GROUP_PROFILE_PICTURE_ASPECT_RATIO_INVALID` (131209); this alias goes in the next major version. */
  INVALID_GROUP_PROFILE_PICTURE_ASPECT_RATIO: 131209,
  /** @deprecated Renamed `CALL_MEDIA_RECEIVE_TIMEOUT` (138021); this alias goes in the next major version. */
  MEDIA_RECEIVE_TIMEOUT: 138021,
  /** @deprecated Renamed `CALL_MEDIA_TRANSMIT_TIMEOUT` (138022); this alias goes in the next major version. */
  MEDIA_TRANSMIT_TIMEOUT: 138022,
  /** @deprecated Renamed `FLOW_METRICS_THRESHOLD_NOT_REACHED` (139006); this alias goes in the next major version. */
  METRICS_THRESHOLD_NOT_REACHED: 139006,
  /** @deprecated Renamed `CALL_PERMISSION_NOT_APPROVED` (138006); this alias goes in the next major version. */
  NO_APPROVED_CALL_PERMISSION: 138006,
  /** @deprecated Renamed `GROUP_API_NOT_ELIGIBLE` (131215); this alias goes in the next major version. */
  NOT_ELIGIBLE_FOR_GROUPS_API: 131215,
  /** @deprecated Renamed `GROUP_PARTICIPANT_NOT_IN_GROUP` (131212); this alias goes in the next major version. */
  PARTICIPANT_NOT_IN_GROUP: 131212,
  /** @deprecated Renamed `GROUP_PARTICIPANT_OVERLIMIT` (131204); this alias goes in the next major version. */
  PARTICIPANT_OVERLIMIT: 131204,
  /** @deprecated Renamed `CALL_PERMANENT_PERMISSION_EXISTS` (138017); this alias goes in the next major version. */
  PERMANENT_CALL_PERMISSION_EXISTS: 138017,
  /** @deprecated Renamed `CALL_RECEIVER_UNCALLABLE` (138001); this alias goes in the next major version. */
  RECEIVER_UNCALLABLE: 138001,
  /** @deprecated Renamed `CALL_RELAY_CONNECTION_FAILED` (138020); this alias goes in the next major version. */
  RELAY_CONNECTION_FAILED: 138020,
  /** @deprecated Renamed `GROUP_REQUEST_PARTIALLY_SUCCEEDED` (131201); this alias goes in the next major version. */
  REQUEST_PARTIALLY_SUCCEEDED: 131201,
  /** @deprecated Renamed `COEXISTENCE_SYNC_REQUEST_LIMIT_REACHED` (2593107); this alias goes in the next major version. */
  SYNC_REQUEST_LIMIT_REACHED: 2593107,
  /** @deprecated Renamed `COEXISTENCE_SYNC_WINDOW_EXPIRED` (2593108); this alias goes in the next major version. */
  SYNC_WINDOW_EXPIRED: 2593108,
  /** @deprecated 2388040 arrives as `error_subcode` under code 100, never as `code`: use `WhatsAppErrorSubcode.TEMPLATE_CHARACTER_LIMIT_EXCEEDED`. */
  CHARACTER_LIMIT_EXCEEDED: 2388040,
  /** @deprecated 2388299 arrives as `error_subcode` under code 100, never as `code`: use `WhatsAppErrorSubcode.TEMPLATE_LEADING_OR_TRAILING_PARAMETER`. */
  LEADING_OR_TRAILING_PARAMETERS_NOT_ALLOWED: 2388299,
  /** @deprecated 2388072 arrives as `error_subcode` under code 100, never as `code`: use `WhatsAppErrorSubcode.TEMPLATE_BODY_FORMAT_INCORRECT`. */
  MESSAGE_BODY_FORMAT_INCORRECT: 2388072,
  /** @deprecated 2388073 arrives as `error_subcode` under code 100, never as `code`: use `WhatsAppErrorSubcode.TEMPLATE_FOOTER_FORMAT_INCORRECT`. */
  MESSAGE_FOOTER_FORMAT_INCORRECT: 2388073,
  /** @deprecated 2388047 arrives as `error_subcode` under code 100, never as `code`: use `WhatsAppErrorSubcode.TEMPLATE_HEADER_FORMAT_INCORRECT`. */
  MESSAGE_HEADER_FORMAT_INCORRECT: 2388047,
  /** @deprecated 2388019 arrives as `error_subcode` under code 100, never as `code`: use `WhatsAppErrorSubcode.TEMPLATE_LIMIT_EXCEEDED`. */
  MESSAGE_TEMPLATE_LIMIT_EXCEEDED: 2388019,
  /** @deprecated 2388039 arrives as `error_subcode` under code 100, never as `code`: use `WhatsAppErrorSubcode.TEMPLATE_STATUS_CANNOT_BE_CHANGED`. */
  MESSAGE_TEMPLATE_STATUS_CANNOT_BE_CHANGED: 2388039,
  /** @deprecated 2388293 arrives as `error_subcode` under code 100, never as `code`: use `WhatsAppErrorSubcode.TEMPLATE_PARAMETERS_WORDS_RATIO_EXCEEDED`. */
  PARAMETERS_WORDS_RATIO_EXCEEDS_LIMIT: 2388293,
  /** @deprecated 2388012 arrives as `error_subcode` under code 100, never as `code`: use `WhatsAppErrorSubcode.MIGRATION_PHONE_NUMBER_ALREADY_EXISTS`. */
  PHONE_NUMBER_ALREADY_EXISTS: 2388012,
} as const;

/** The union of every documented code, each value of a range included. */
export type WhatsAppErrorCode =
  | 0 | 1 | 2 | 3 | 4 | 10 | 33 | 100 | 104 | 190
  | 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 209
  | 210 | 211 | 212 | 213 | 214 | 215 | 216 | 217 | 218 | 219
  | 220 | 221 | 222 | 223 | 224 | 225 | 226 | 227 | 228 | 229
  | 230 | 231 | 232 | 233 | 234 | 235 | 236 | 237 | 238 | 239
  | 240 | 241 | 242 | 243 | 244 | 245 | 246 | 247 | 248 | 249
  | 250 | 251 | 252 | 253 | 254 | 255 | 256 | 257 | 258 | 259
  | 260 | 261 | 262 | 263 | 264 | 265 | 266 | 267 | 268 | 269
  | 270 | 271 | 272 | 273 | 274 | 275 | 276 | 277 | 278 | 279
  | 280 | 281 | 282 | 283 | 284 | 285 | 286 | 287 | 288 | 289
  | 290 | 291 | 292 | 293 | 294 | 295 | 296 | 297 | 298 | 299
  | 368 | 613 | 80007 | 80008 | 130403 | 130429 | 130472 | 130497 | 130501 | 131000
  | 131005 | 131008 | 131009 | 131016 | 131020 | 131021 | 131026 | 131030 | 131031 | 131035
  | 131036 | 131037 | 131041 | 131042 | 131044 | 131045 | 131047 | 131048 | 131049 | 131050
  | 131051 | 131052 | 131053 | 131055 | 131056 | 131057 | 131059 | 131060 | 131062 | 131063
  | 131064 | 131201 | 131202 | 131203 | 131204 | 131207 | 131208 | 131209 | 131210 | 131211
  | 131212 | 131213 | 131214 | 131215 | 132000 | 132001 | 132005 | 132007 | 132012 | 132015
  | 132016 | 132018 | 132068 | 132069 | 133000 | 133004 | 133005 | 133006 | 133008 | 133009
  | 133010 | 133015 | 133016 | 134011 | 134100 | 134101 | 134102 | 135000 | 137000 | 138000
  | 138001 | 138002 | 138003 | 138004 | 138005 | 138006 | 138007 | 138009 | 138012 | 138013
  | 138014 | 138015 | 138017 | 138018 | 138019 | 138020 | 138021 | 138022 | 138023 | 138024
  | 138025 | 139000 | 139001 | 139002 | 139003 | 139004 | 139006 | 139100 | 139101 | 139102
  | 139103 | 141002 | 147001 | 147002 | 147003 | 147004 | 147005 | 200005 | 200006 | 200007
  | 1752041 | 2593107 | 2593108 | 2593109;

/** The codes of the `sender` category. */
export type SenderErrorCode =
  | 0 | 3 | 4 | 10 | 33 | 100 | 104 | 190 | 200 | 201
  | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 209 | 210 | 211
  | 212 | 213 | 214 | 215 | 216 | 217 | 218 | 219 | 220 | 221
  | 222 | 223 | 224 | 225 | 226 | 227 | 228 | 229 | 230 | 231
  | 232 | 233 | 234 | 235 | 236 | 237 | 238 | 239 | 240 | 241
  | 242 | 243 | 244 | 245 | 246 | 247 | 248 | 249 | 250 | 251
  | 252 | 253 | 254 | 255 | 256 | 257 | 258 | 259 | 260 | 261
  | 262 | 263 | 264 | 265 | 266 | 267 | 268 | 269 | 270 | 271
  | 272 | 273 | 274 | 275 | 276 | 277 | 278 | 279 | 280 | 281
  | 282 | 283 | 284 | 285 | 286 | 287 | 288 | 289 | 290 | 291
  | 292 | 293 | 294 | 295 | 296 | 297 | 298 | 299 | 368 | 613
  | 80007 | 80008 | 130403 | 130429 | 130497 | 131005 | 131008 | 131009 | 131020 | 131021
  | 131030 | 131031 | 131035 | 131037 | 131041 | 131042 | 131044 | 131045 | 131047 | 131048
  | 131051 | 131053 | 131055 | 131056 | 131059 | 131062 | 131063 | 131064 | 131201 | 131202
  | 131204 | 131207 | 131208 | 131209 | 131210 | 131211 | 131212 | 131213 | 131214 | 131215
  | 132000 | 132001 | 132005 | 132007 | 132012 | 132015 | 132016 | 132018 | 132068 | 132069
  | 133000 | 133005 | 133006 | 133008 | 133009 | 133010 | 133015 | 133016 | 134011 | 134100
  | 134102 | 135000 | 138000 | 138002 | 138003 | 138005 | 138007 | 138009 | 138012 | 138013
  | 138014 | 138015 | 138017 | 138018 | 138021 | 138024 | 138025 | 139000 | 139001 | 139002
  | 139003 | 139004 | 139100 | 139101 | 141002 | 147001 | 147002 | 147003 | 147004 | 147005
  | 200006 | 200007 | 1752041 | 2593107 | 2593108 | 2593109;

/** The codes of the `recipient` category. */
export type RecipientErrorCode =
  | 130472 | 131026 | 131036 | 131050 | 131203 | 137000 | 138001 | 138006 | 138019 | 138020
  | 138022 | 138023;

/** The codes of the `platform` category. */
export type PlatformErrorCode =
  | 1 | 2 | 130501 | 131000 | 131016 | 131049 | 131052 | 131057 | 131060 | 133004
  | 134101 | 138004 | 139006 | 139102 | 139103 | 200005;

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
  readonly 104: 'sender';
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
  readonly 80008: 'sender';
  readonly 130403: 'sender';
  readonly 130429: 'sender';
  readonly 130472: 'recipient';
  readonly 130497: 'sender';
  readonly 130501: 'platform';
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
  readonly 131035: 'sender';
  readonly 131036: 'recipient';
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
  readonly 131203: 'recipient';
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
  readonly 137000: 'recipient';
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
  readonly 138019: 'recipient';
  readonly 138020: 'recipient';
  readonly 138021: 'sender';
  readonly 138022: 'recipient';
  readonly 138023: 'recipient';
  readonly 138024: 'sender';
  readonly 138025: 'sender';
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
  readonly 141002: 'sender';
  readonly 147001: 'sender';
  readonly 147002: 'sender';
  readonly 147003: 'sender';
  readonly 147004: 'sender';
  readonly 147005: 'sender';
  readonly 200005: 'platform';
  readonly 200006: 'sender';
  readonly 200007: 'sender';
  readonly 1752041: 'sender';
  readonly 2593107: 'sender';
  readonly 2593108: 'sender';
  readonly 2593109: 'sender';
}

/** Code → retry action, one member per code: `RetryActionOf` is an indexed access into it. */
export interface RetryActionByCode {
  readonly 0: 'refresh-token';
  readonly 1: 'retry';
  readonly 2: 'retry-with-backoff';
  readonly 3: 'fix-account';
  readonly 4: 'retry-with-backoff';
  readonly 10: 'fix-account';
  readonly 33: 'fix-request';
  readonly 100: 'fix-request';
  readonly 104: 'fix-request';
  readonly 190: 'refresh-token';
  readonly 200: 'fix-account';
  readonly 201: 'fix-account';
  readonly 202: 'fix-account';
  readonly 203: 'fix-account';
  readonly 204: 'fix-account';
  readonly 205: 'fix-account';
  readonly 206: 'fix-account';
  readonly 207: 'fix-account';
  readonly 208: 'fix-account';
  readonly 209: 'fix-account';
  readonly 210: 'fix-account';
  readonly 211: 'fix-account';
  readonly 212: 'fix-account';
  readonly 213: 'fix-account';
  readonly 214: 'fix-account';
  readonly 215: 'fix-account';
  readonly 216: 'fix-account';
  readonly 217: 'fix-account';
  readonly 218: 'fix-account';
  readonly 219: 'fix-account';
  readonly 220: 'fix-account';
  readonly 221: 'fix-account';
  readonly 222: 'fix-account';
  readonly 223: 'fix-account';
  readonly 224: 'fix-account';
  readonly 225: 'fix-account';
  readonly 226: 'fix-account';
  readonly 227: 'fix-account';
  readonly 228: 'fix-account';
  readonly 229: 'fix-account';
  readonly 230: 'fix-account';
  readonly 231: 'fix-account';
  readonly 232: 'fix-account';
  readonly 233: 'fix-account';
  readonly 234: 'fix-account';
  readonly 235: 'fix-account';
  readonly 236: 'fix-account';
  readonly 237: 'fix-account';
  readonly 238: 'fix-account';
  readonly 239: 'fix-account';
  readonly 240: 'fix-account';
  readonly 241: 'fix-account';
  readonly 242: 'fix-account';
  readonly 243: 'fix-account';
  readonly 244: 'fix-account';
  readonly 245: 'fix-account';
  readonly 246: 'fix-account';
  readonly 247: 'fix-account';
  readonly 248: 'fix-account';
  readonly 249: 'fix-account';
  readonly 250: 'fix-account';
  readonly 251: 'fix-account';
  readonly 252: 'fix-account';
  readonly 253: 'fix-account';
  readonly 254: 'fix-account';
  readonly 255: 'fix-account';
  readonly 256: 'fix-account';
  readonly 257: 'fix-account';
  readonly 258: 'fix-account';
  readonly 259: 'fix-account';
  readonly 260: 'fix-account';
  readonly 261: 'fix-account';
  readonly 262: 'fix-account';
  readonly 263: 'fix-account';
  readonly 264: 'fix-account';
  readonly 265: 'fix-account';
  readonly 266: 'fix-account';
  readonly 267: 'fix-account';
  readonly 268: 'fix-account';
  readonly 269: 'fix-account';
  readonly 270: 'fix-account';
  readonly 271: 'fix-account';
  readonly 272: 'fix-account';
  readonly 273: 'fix-account';
  readonly 274: 'fix-account';
  readonly 275: 'fix-account';
  readonly 276: 'fix-account';
  readonly 277: 'fix-account';
  readonly 278: 'fix-account';
  readonly 279: 'fix-account';
  readonly 280: 'fix-account';
  readonly 281: 'fix-account';
  readonly 282: 'fix-account';
  readonly 283: 'fix-account';
  readonly 284: 'fix-account';
  readonly 285: 'fix-account';
  readonly 286: 'fix-account';
  readonly 287: 'fix-account';
  readonly 288: 'fix-account';
  readonly 289: 'fix-account';
  readonly 290: 'fix-account';
  readonly 291: 'fix-account';
  readonly 292: 'fix-account';
  readonly 293: 'fix-account';
  readonly 294: 'fix-account';
  readonly 295: 'fix-account';
  readonly 296: 'fix-account';
  readonly 297: 'fix-account';
  readonly 298: 'fix-account';
  readonly 299: 'fix-account';
  readonly 368: 'wait';
  readonly 613: 'retry-with-backoff';
  readonly 80007: 'retry-with-backoff';
  readonly 80008: 'retry-with-backoff';
  readonly 130403: 'fix-account';
  readonly 130429: 'retry-with-backoff';
  readonly 130472: 'do-not-retry';
  readonly 130497: 'do-not-retry';
  readonly 130501: 'do-not-retry';
  readonly 131000: 'retry';
  readonly 131005: 'fix-account';
  readonly 131008: 'fix-request';
  readonly 131009: 'fix-request';
  readonly 131016: 'retry-with-backoff';
  readonly 131020: 'fix-account';
  readonly 131021: 'do-not-retry';
  readonly 131026: 'do-not-retry';
  readonly 131030: 'fix-account';
  readonly 131031: 'fix-account';
  readonly 131035: 'do-not-retry';
  readonly 131036: 'retry';
  readonly 131037: 'fix-account';
  readonly 131041: 'fix-request';
  readonly 131042: 'fix-account';
  readonly 131044: 'fix-account';
  readonly 131045: 'fix-account';
  readonly 131047: 'send-template';
  readonly 131048: 'wait';
  readonly 131049: 'wait';
  readonly 131050: 'do-not-retry';
  readonly 131051: 'fix-request';
  readonly 131052: 'do-not-retry';
  readonly 131053: 'fix-request';
  readonly 131055: 'fix-request';
  readonly 131056: 'wait';
  readonly 131057: 'retry-with-backoff';
  readonly 131059: 'fix-request';
  readonly 131060: 'do-not-retry';
  readonly 131062: 'fix-request';
  readonly 131063: 'fix-account';
  readonly 131064: 'wait';
  readonly 131201: 'fix-request';
  readonly 131202: 'fix-request';
  readonly 131203: 'do-not-retry';
  readonly 131204: 'fix-request';
  readonly 131207: 'do-not-retry';
  readonly 131208: 'retry-with-backoff';
  readonly 131209: 'fix-request';
  readonly 131210: 'fix-request';
  readonly 131211: 'do-not-retry';
  readonly 131212: 'fix-request';
  readonly 131213: 'fix-request';
  readonly 131214: 'wait';
  readonly 131215: 'fix-account';
  readonly 132000: 'fix-request';
  readonly 132001: 'fix-request';
  readonly 132005: 'fix-request';
  readonly 132007: 'fix-request';
  readonly 132012: 'fix-request';
  readonly 132015: 'fix-account';
  readonly 132016: 'fix-account';
  readonly 132018: 'fix-request';
  readonly 132068: 'fix-account';
  readonly 132069: 'wait';
  readonly 133000: 'fix-account';
  readonly 133004: 'retry-with-backoff';
  readonly 133005: 'fix-request';
  readonly 133006: 'fix-account';
  readonly 133008: 'wait';
  readonly 133009: 'wait';
  readonly 133010: 'fix-account';
  readonly 133015: 'wait';
  readonly 133016: 'wait';
  readonly 134011: 'fix-account';
  readonly 134100: 'fix-request';
  readonly 134101: 'wait';
  readonly 134102: 'fix-account';
  readonly 135000: 'fix-request';
  readonly 137000: 'fix-request';
  readonly 138000: 'fix-account';
  readonly 138001: 'do-not-retry';
  readonly 138002: 'retry-with-backoff';
  readonly 138003: 'wait';
  readonly 138004: 'retry';
  readonly 138005: 'retry-with-backoff';
  readonly 138006: 'fix-account';
  readonly 138007: 'fix-request';
  readonly 138009: 'wait';
  readonly 138012: 'wait';
  readonly 138013: 'do-not-retry';
  readonly 138014: 'wait';
  readonly 138015: 'fix-account';
  readonly 138017: 'do-not-retry';
  readonly 138018: 'fix-account';
  readonly 138019: 'retry';
  readonly 138020: 'retry';
  readonly 138021: 'fix-request';
  readonly 138022: 'retry';
  readonly 138023: 'retry';
  readonly 138024: 'fix-account';
  readonly 138025: 'fix-account';
  readonly 139000: 'do-not-retry';
  readonly 139001: 'fix-request';
  readonly 139002: 'fix-account';
  readonly 139003: 'do-not-retry';
  readonly 139004: 'do-not-retry';
  readonly 139006: 'wait';
  readonly 139100: 'fix-request';
  readonly 139101: 'fix-account';
  readonly 139102: 'retry';
  readonly 139103: 'retry';
  readonly 141002: 'fix-account';
  readonly 147001: 'fix-request';
  readonly 147002: 'fix-account';
  readonly 147003: 'fix-account';
  readonly 147004: 'fix-account';
  readonly 147005: 'fix-request';
  readonly 200005: 'do-not-retry';
  readonly 200006: 'do-not-retry';
  readonly 200007: 'fix-account';
  readonly 1752041: 'do-not-retry';
  readonly 2593107: 'fix-account';
  readonly 2593108: 'fix-account';
  readonly 2593109: 'do-not-retry';
}

/** Every documented `error_subcode`: canonical constant name → subcode. `ErrorSubcodesByCode` says under which code each arrives. */
export const WhatsAppErrorSubcode = {
  /** 33 under 100 · Unsupported get request · sender · fix-request. The object ID in the path does not exist, cannot be loaded because of missing permissions, or does not support the operation. Check the ID and the token's access to it before calling again. */
  UNSUPPORTED_REQUEST_OBJECT_NOT_FOUND: 33,
  /** 2388012 under 100 · This phone number already exists in your list of phone numbers · sender · do-not-retry. The number you are trying to migrate is already part of this WhatsApp Business Account. Migrate a different number. */
  MIGRATION_PHONE_NUMBER_ALREADY_EXISTS: 2388012,
  /** 2388019 under 100 · Message Template Limit Exceeded · sender · fix-account. The WhatsApp Business Account already holds the maximum number of templates (250). Delete templates you no longer use before creating new ones. */
  TEMPLATE_LIMIT_EXCEEDED: 2388019,
  /** 2388039 under 100 · Message template status can't be changed · sender · wait. The template cannot be edited while it is in its current status. Try the edit again once the status allows it. */
  TEMPLATE_STATUS_CANNOT_BE_CHANGED: 2388039,
  /** 2388040 under 100 · Character limit exceeded · sender · fix-request. A field of the template being created is longer than allowed. Shorten the field named in the error message. */
  TEMPLATE_CHARACTER_LIMIT_EXCEEDED: 2388040,
  /** 2388047 under 100 · Message header format is incorrect · sender · fix-request. The header of the template being created is not formatted correctly. Fix it as described in the error message. */
  TEMPLATE_HEADER_FORMAT_INCORRECT: 2388047,
  /** 2388072 under 100 · Message body format is incorrect · sender · fix-request. The body of the template being created is not formatted correctly. Fix it as described in the error message. */
  TEMPLATE_BODY_FORMAT_INCORRECT: 2388072,
  /** 2388073 under 100 · Message footer format is incorrect · sender · fix-request. The footer of the template being created is not formatted correctly. Fix it as described in the error message. */
  TEMPLATE_FOOTER_FORMAT_INCORRECT: 2388073,
  /** 2388077 under 100 · Insight Invalid Product Type Combination · sender · fix-request. An analytics query combined product types that cannot be queried together (the incoming group message type cannot be mixed with the others). Query each product type on its own. */
  INSIGHT_INVALID_PRODUCT_TYPE_COMBINATION: 2388077,
  /** 2388091 under 100 · This phone number isn't eligible to receive a registration code since it is not being migrated · sender · fix-request. Requesting a registration code through the phone-ownership APIs is only for numbers being migrated, and this one is not. Register and verify the number the usual way. */
  NOT_ELIGIBLE_TO_RECEIVE_REGISTRATION_CODE: 2388091,
  /** 2388093 under 100 · This phone number isn't eligible to verify a registration code since it is not being migrated · sender · fix-request. Verifying a registration code through the phone-ownership APIs is only for numbers being migrated, and this one is not. Register and verify the number the usual way. */
  NOT_ELIGIBLE_TO_VERIFY_REGISTRATION_CODE: 2388093,
  /** 2388103 under 100 · Cannot migrate phone number · sender · fix-account. Migrating the phone number failed, and this one code covers many causes: no webhooks on the destination account, display name not approved, source or destination account not approved or set up, no credit line, a different business, a pending "Messaging For" request, a number that can simply be added directly, or an internal failure. Read the title and details to see which and fix it; only the generic migration-error variant calls for simply trying again later. */
  CANNOT_MIGRATE_PHONE_NUMBER: 2388103,
  /** 2388293 under 100 · Parameters words ratio exceeds limit · sender · fix-request. The template has too many variables for the amount of text around them. Use fewer variables or write more text. */
  TEMPLATE_PARAMETERS_WORDS_RATIO_EXCEEDED: 2388293,
  /** 2388299 under 100 · Leading or trailing parameters not allowed · sender · fix-request. A variable sits at the very start or end of the template text, which is not allowed. Move it inside the text. */
  TEMPLATE_LEADING_OR_TRAILING_PARAMETER: 2388299,
  /** 2494100 under 100 · Account is in maintenance mode · platform · wait, at least 60 s. During phone number migration the business number is in maintenance mode. Retry in a few minutes. */
  MIGRATION_ACCOUNT_IN_MAINTENANCE_MODE: 2494100,
  /** 463 under 190 · Expired · sender · refresh-token. The login session or access token behind the request has expired. Get a new access token and send the request again. */
  ACCESS_TOKEN_SESSION_EXPIRED: 463,
  /** 467 under 190 · Invalid access token · sender · refresh-token. The access token is no longer valid, for example because it was revoked or the user logged out. Get a new access token and send the request again. */
  ACCESS_TOKEN_INVALID: 467,
  /** 2494055 under 130429 · Cloud API message throughput has been reached · sender · retry-with-backoff. The business number has used up its Cloud API message throughput, the case shown in Meta's example rate-limit response. Retry with backoff and spread the sends out. */
  CLOUD_API_THROUGHPUT_REACHED: 2494055,
} as const;

/** The union of every documented `error_subcode`. */
export type WhatsAppErrorSubcode =
  | 33 | 463 | 467 | 2388012 | 2388019 | 2388039 | 2388040 | 2388047 | 2388072 | 2388073
  | 2388077 | 2388091 | 2388093 | 2388103 | 2388293 | 2388299 | 2494055 | 2494100;

/** Code → the subcodes documented under it: `SubcodeOf` is an indexed access into it. */
export interface ErrorSubcodesByCode {
  readonly 100:
    | 33 | 2388012 | 2388019 | 2388039 | 2388040 | 2388047 | 2388072 | 2388073 | 2388077 | 2388091
    | 2388093 | 2388103 | 2388293 | 2388299 | 2494100;
  readonly 190:
    | 463 | 467;
  readonly 130429:
    | 2494055;
}

/** The ids of the meaning classes. */
export type MeaningClassId =
  | 'account-setup' | 'authentication' | 'blocklist' | 'business-restricted' | 'calling' | 'coexistence' | 'data-retention' | 'flows' | 'groups' | 'invalid-request'
  | 'marketing-limit' | 'media' | 'messaging-window' | 'payment' | 'permission' | 'platform-failure' | 'rate-limit' | 'recipient-opted-out' | 'recipient-unreachable' | 'registration'
  | 'template' | 'usernames';

/** The meaning classes, by id. */
export const MEANING_CLASSES: readonly CatalogMeaningClass[] = [
  { id: "account-setup", title: "Business configuration and eligibility settings that are neither permissions nor payment: test-number allow lists, display names, API flags, onboarding.", words: { en: ["account setup", "account configuration", "waba setup", "waba configuration"], es: ["configuración de la cuenta", "ajustes de la cuenta"], fr: ["configuration du compte", "paramètres du compte"], pt: ["configuração da conta", "configurações da conta"] }, suggest: [131030, 131037] },
  { id: "authentication", title: "The access token is missing, expired or invalid.", words: { en: ["authentication", "unauthenticated", "auth failed", "invalid token", "token expired", "expired token", "invalid credentials", "auth", "auth error", "auth expired"], es: ["autenticación", "no autenticado", "token no válido", "token caducado", "token vencido", "credenciales inválidas", "error de autenticación"], fr: ["authentification", "jeton expiré", "jeton invalide", "token expiré", "token invalide", "identifiants invalides", "erreur d'authentification"], pt: ["autenticação", "não autenticado", "token expirado", "token inválido", "credenciais inválidas", "erro de autenticação"] }, suggest: [190, 0], overlaps: ["permission"] },
  { id: "blocklist", title: "The business's own block list of WhatsApp users and the Block Users API.", words: { en: ["block list", "block users api", "unblock the user", "blocked by the business"], es: ["lista de bloqueo", "lista negra", "desbloquear al usuario", "bloqueado por la empresa"], fr: ["liste de blocage", "liste noire", "débloquer l'utilisateur", "bloqué par l'entreprise"], pt: ["lista de bloqueio", "lista de bloqueados", "desbloqueio do usuário", "bloqueado pela empresa"] }, suggest: [130403] },
  { id: "business-restricted", title: "Meta blocked, locked, restricted or paused the business account or phone number over policy or quality.", words: { en: ["account blocked", "account restricted", "account suspended", "account disabled", "restricted by meta", "waba restricted"], es: ["cuenta bloqueada", "cuenta restringida", "cuenta suspendida", "cuenta deshabilitada"], fr: ["compte bloqué", "compte restreint", "compte suspendu", "compte désactivé"], pt: ["conta bloqueada", "conta restrita", "conta suspensa", "conta desativada"] }, suggest: [131031, 368] },
  { id: "calling", title: "The WhatsApp Business Calling API: enabling calling, call permissions, SIP, call setup and call media.", words: { en: ["calling disabled", "calling unavailable", "webrtc", "permission to call"], es: ["llamadas deshabilitadas", "llamadas desactivadas", "permiso para llamar"], fr: ["appels désactivés", "appels indisponibles", "permission d'appeler"], pt: ["chamadas desativadas", "chamadas desabilitadas", "permissão para ligar", "permissão para chamar"] }, suggest: [138000, 138014] },
  { id: "coexistence", title: "WhatsApp Business app coexistence: syncing contacts and message history, and messages that only the app can show.", words: { en: ["coexistence", "coex", "history sync", "contacts sync"], es: ["coexistencia", "sincronización del historial", "sincronización de contactos"], fr: ["synchronisation de l'historique", "synchronisation des contacts"], pt: ["coexistência", "sincronização do histórico", "sincronização de contatos"] }, suggest: [2593107, 2593108, 2593109] },
  { id: "data-retention", title: "Limited data retention (No Storage): Meta dropped content it could not deliver or resend within the retention window.", words: { en: ["data retention", "no storage", "retention window"], es: ["retención de datos", "sin almacenamiento"], fr: ["rétention des données", "conservation des données", "sans stockage"], pt: ["retenção de dados", "sem armazenamento"] }, suggest: [131035, 131036] },
  { id: "flows", title: "WhatsApp Flows: creating, publishing, sending and measuring Flows.", words: { en: ["flow json", "whatsapp flows", "flows api"], es: ["json del flujo", "versión del flujo"], fr: ["json du flux", "version du flux"], pt: ["json do fluxo", "versão do fluxo"] }, suggest: [132068, 139002], overlaps: ["template"] },
  { id: "groups", title: "The Groups API: creating groups and managing their participants, join requests and profile.", words: { en: ["group creation", "group profile"], es: ["creación de grupos", "perfil del grupo"], fr: ["création de groupes", "profil du groupe"], pt: ["criação de grupos", "perfil do grupo"] }, suggest: [131041, 131204] },
  { id: "invalid-request", title: "The request is malformed, or carries missing, invalid or unsupported values.", words: { en: ["invalid request", "malformed request", "invalid payload", "malformed payload", "wrong number format", "phone number format"], es: ["solicitud inválida", "solicitud mal formada", "petición inválida", "petición mal formada", "formato de número", "formato del número", "formato del teléfono"], fr: ["requête invalide", "requête mal formée", "requête incorrecte", "demande invalide", "format du numéro", "format de numéro"], pt: ["requisição inválida", "requisição malformada", "solicitação inválida", "payload inválido", "formato do número", "formato de número", "formato do telefone"] }, suggest: [100, 131009, 131008], sharedWords: [{ with: ["recipient-unreachable"], words: { en: ["invalid number", "invalid phone number", "invalid phone", "number is invalid"], es: ["número inválido", "número no válido", "teléfono inválido"], fr: ["numéro invalide", "numéro de téléphone invalide"], pt: ["telefone inválido", "número de telefone inválido"] } }] },
  { id: "marketing-limit", title: "Meta withheld a marketing message: a marketing experiment, the per-user marketing cap or healthy-ecosystem limits.", words: { en: ["marketing cap", "frequency cap", "meta chose not to deliver", "meta decided not to deliver", "withheld by meta"], es: ["límite de marketing", "meta decidió no entregar", "meta optó por no entregar", "meta retuvo el mensaje"], fr: ["plafond marketing", "limite de messages marketing", "meta a choisi de ne pas livrer", "meta a décidé de ne pas livrer", "retenu par meta"], pt: ["limite de marketing", "meta optou por não entregar", "meta decidiu não entregar", "retida pela meta"] }, suggest: [131049, 130472] },
  { id: "media", title: "Media attached to a message could not be uploaded or downloaded.", words: { en: ["media file", "media id", "attachment", "file too large", "file size", "mime type", "media too large", "media size"], es: ["archivo multimedia", "archivo adjunto", "archivo demasiado grande", "tamaño del archivo", "id del medio", "archivo muy grande"], fr: ["fichier média", "pièce jointe", "fichier trop volumineux", "taille du fichier", "id du média", "média trop volumineux"], pt: ["arquivo de mídia", "anexo", "arquivo muito grande", "tamanho do arquivo", "id da mídia", "mídia muito grande"] }, suggest: [131053, 131052] },
  { id: "messaging-window", title: "The 24-hour customer service window is closed, so only template messages can be sent.", words: { en: ["24 hour window", "24h window", "customer service window", "service window", "session window", "conversation window", "window closed", "window expired", "outside the window", "outside 24h", "window", "24 hour session", "24h session"], es: ["ventana de 24 horas", "ventana de 24h", "ventana de atención", "ventana de conversación", "ventana cerrada", "ventana expirada", "fuera de la ventana", "fuera de las 24 horas", "ventana", "sesión de 24 horas"], fr: ["fenêtre de 24 heures", "fenêtre de 24h", "fenêtre de service client", "fenêtre de conversation", "fenêtre fermée", "fenêtre expirée", "hors de la fenêtre", "hors des 24 heures", "fenêtre", "session de 24 h", "session de 24 heures"], pt: ["janela de 24 horas", "janela de 24h", "janela de atendimento", "janela de conversa", "janela fechada", "janela expirada", "fora da janela", "fora das 24 horas", "janela", "sessão de 24 horas"] }, suggest: [131047] },
  { id: "payment", title: "Billing problems: payment method, credit line or payment terms of the business.", words: { en: ["billing", "payment method", "insufficient funds", "credit card"], es: ["facturación", "método de pago", "fondos insuficientes", "tarjeta de crédito", "pago pendiente"], fr: ["facturation", "moyen de paiement", "méthode de paiement", "fonds insuffisants", "carte bancaire", "paiement en attente"], pt: ["faturamento", "cobrança", "método de pagamento", "forma de pagamento", "saldo insuficiente", "cartão de crédito", "pagamento pendente"] }, suggest: [131042] },
  { id: "permission", title: "The app lacks a permission or capability that the endpoint requires.", words: { en: ["missing permission", "insufficient permission", "lacks permission", "permission not granted", "missing scope"], es: ["permiso denegado", "acceso denegado", "falta de permisos", "permisos insuficientes", "sin permisos", "permiso no concedido"], fr: ["permission refusée", "accès refusé", "autorisation refusée", "permissions insuffisantes", "permission manquante", "sans permission", "autorisation manquante"], pt: ["permissão negada", "acesso negado", "permissão insuficiente", "permissões insuficientes", "falta de permissão", "sem permissão"] }, suggest: [10, 131005, 200] },
  { id: "platform-failure", title: "A failure on Meta's side: internal errors, outages, overload or maintenance.", words: { en: ["internal error", "server error", "outage", "downtime", "overloaded", "meta side"], es: ["error interno", "error del servidor", "interrupción del servicio", "caída del servicio", "meta caído", "whatsapp caído"], fr: ["erreur interne", "erreur serveur", "panne", "interruption de service"], pt: ["erro interno", "erro do servidor", "falha temporária na meta", "instabilidade na meta", "fora do ar"] }, suggest: [131000, 131016] },
  { id: "rate-limit", title: "Too many requests, messages or calls in a period: a throughput, rate or quota limit was hit.", words: { en: ["rate limit", "rate limited", "rate limit exceeded", "too many requests", "too many messages", "too many calls", "throttled", "slow down", "sending too fast", "daily limit", "sending limit", "quota", "quota exceeded", "daily quota", "daily cap", "sending cap", "throttling"], es: ["límite de velocidad", "límite de tasa", "límite de frecuencia", "demasiadas solicitudes", "demasiadas peticiones", "demasiadas llamadas", "límite de envíos", "límite de mensajes", "límite diario", "demasiados mensajes", "cuota de mensajes", "cuota agotada", "cuota excedida"], fr: ["limite de débit", "limitation de débit", "trop de requêtes", "trop de demandes", "limite de requêtes", "limite d'envoi", "limite quotidienne", "trop de messages", "quota dépassé", "quota atteint"], pt: ["limite de taxa", "limite de requisições", "muitas requisições", "muitas solicitações", "mensagens demais", "limite de envios", "limite de mensagens", "limite diário", "muitas mensagens", "cota excedida", "cota esgotada"] }, suggest: [130429, 80007, 4] },
  { id: "recipient-opted-out", title: "The recipient turned off marketing messages from the business.", words: { en: ["opted out", "opt-out", "unsubscribed", "stop receiving marketing", "opt-in required", "not opted in", "no opt-in", "without opt-in", "missing opt-in"], es: ["optó por no recibir", "no desea recibir", "canceló la suscripción", "exclusión voluntaria", "sin opt-in", "requiere opt-in"], fr: ["désabonné", "désinscrit", "ne souhaite plus recevoir", "choisi de ne plus recevoir", "sans opt-in", "opt-in requis"], pt: ["optou por não receber", "não deseja receber", "não quer receber", "cancelou a inscrição", "sem opt-in", "requer opt-in"] }, suggest: [131050] },
  { id: "recipient-unreachable", title: "The recipient cannot receive the message or call: not on WhatsApp, outdated app, terms not accepted, identity changed, or not callable.", words: { en: ["user blocked", "blocked by the user", "blocked the bot", "not on whatsapp", "not a whatsapp user", "not a whatsapp number", "cannot receive messages", "recipient unreachable", "customer blocked", "contact blocked", "recipient blocked", "blocked by the recipient", "blocked by the customer", "blocked by the contact"], es: ["no tiene whatsapp", "no usa whatsapp", "bloqueado por el usuario", "bloqueó el bot", "no recibe mensajes", "usuario bloqueó", "contacto bloqueó", "cliente bloqueó", "destinatario bloqueó", "bloqueó nuestro número", "bloqueado por el contacto", "bloqueado por el cliente", "bloqueado por el destinatario", "sin whatsapp"], fr: ["n'a pas whatsapp", "pas sur whatsapp", "bloqué par l'utilisateur", "l'utilisateur a bloqué", "destinataire injoignable", "bloqué par le destinataire", "bloqué par le client", "bloqué par le contact", "client nous a bloqués", "destinataire nous a bloqués", "sans whatsapp"], pt: ["não tem whatsapp", "não possui whatsapp", "não está no whatsapp", "bloqueado pelo usuário", "usuário bloqueou", "cliente bloqueou", "não recebe mensagens", "contato bloqueou", "destinatário bloqueou", "bloqueado pelo destinatário", "bloqueado pelo cliente", "bloqueado pelo contato", "sem whatsapp"] }, suggest: [131026] },
  { id: "registration", title: "Registering, verifying or migrating the business phone number: two-step verification PIN, certificates, phone migration.", words: { en: ["phone registration", "number registration", "registration failed", "registration error", "not registered"], es: ["registro del número", "registro del teléfono", "dar de alta el número", "migración del número", "no registrado"], fr: ["enregistrement du numéro", "inscription du numéro", "enregistrement du téléphone", "migration du numéro", "non enregistré"], pt: ["registro do número", "registro do telefone", "cadastro do número", "migração do número", "número não registrado", "não registrado"] }, suggest: [133010, 131045] },
  { id: "template", title: "Message templates: creating, approving, pausing, sending them and their insights.", words: { en: ["template rejected", "template not approved", "template problem", "template issue", "template error", "template quality", "template unapproved", "unapproved template"], es: ["plantilla rechazada", "plantilla no aprobada", "problema con la plantilla", "error de plantilla", "calidad de la plantilla"], fr: ["modèle rejeté", "modèle refusé", "modèle non approuvé", "template non approuvé", "problème de modèle", "qualité du modèle"], pt: ["template rejeitado", "template não aprovado", "modelo rejeitado", "modelo não aprovado", "problema no template", "erro no template", "qualidade do template"] }, suggest: [132001, 132015] },
  { id: "usernames", title: "Business usernames and what requesting one requires.", words: { en: ["business username", "whatsapp username"], es: ["nombre de usuario de la empresa", "nombre de usuario de whatsapp"], fr: ["nom d'utilisateur de l'entreprise", "nom d'utilisateur whatsapp"], pt: ["nome de usuário da empresa", "nome de usuário do whatsapp"] }, suggest: [147001] },
];

/** The catalog entries, sorted by code. */
export const ERROR_CODE_ENTRIES: readonly CatalogCodeEntry[] = [
  { code: 0, name: "AUTH_EXCEPTION", title: "AuthException", category: "sender", class: "authentication", summary: "The access token could not authenticate the app user, usually because it expired or was invalidated, or because the user changed a setting that blocks apps from their data. Get a new access token before retrying.", retry: { action: "refresh-token" }, arrives: ["response"], aliases: [], keywords: { en: ["auth exception", "authenticate app user", "token invalidated"], es: ["excepción de autenticación", "token invalidado"], fr: ["exception d'authentification"], pt: ["exceção de autenticação", "token foi invalidado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 401, metaGroup: "Authorization" },
  { code: 1, name: "API_UNKNOWN", title: "API Unknown", category: "platform", class: "platform-failure", summary: "The request was invalid or the server hit an error it could not classify. Check Meta's status page and the request format; one retry is reasonable.", retry: { action: "retry", maxAttempts: 1 }, arrives: ["response"], aliases: [], keywords: { en: ["api unknown", "possible server error", "invalid request or possible server error"], es: ["api desconocida", "error temporal"], fr: ["api inconnue", "erreur temporaire"], pt: ["api desconhecida", "erro temporário"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Retry once only; if it fails again, treat it as a problem with the request." },
  { code: 2, name: "API_SERVICE", title: "API Service", category: "platform", class: "platform-failure", summary: "Meta's service is briefly down or overloaded. Check the platform status page and retry with backoff.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: [], keywords: { en: ["api service"], es: ["servicio de la api"], fr: ["service de l'api"], pt: ["serviço da api"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 503, metaGroup: "Other" },
  { code: 3, name: "API_METHOD", title: "API Method", category: "sender", class: "permission", summary: "The app lacks a capability or permission that the called endpoint requires. Check the token in the Access Token Debugger and add what is missing before calling again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["api method", "missing capability"], es: ["método de la api", "capacidad faltante"], fr: ["méthode de l'api", "capacité manquante"], pt: ["método da api", "capacidade ausente"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Authorization" },
  { code: 4, name: "API_TOO_MANY_CALLS", title: "API Too Many Calls", category: "sender", class: "rate-limit", summary: "The app has used up its Graph API call allowance for now. Back off, retry later, and lower how often the app calls the API.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: [], keywords: { en: ["too many api calls", "app rate limit", "api call rate"], es: ["demasiadas llamadas a la api", "límite de llamadas a la api"], fr: ["trop d'appels à l'api", "limite d'appels à l'api"], pt: ["muitas chamadas à api", "limite de chamadas da api"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling" },
  { code: 10, name: "PERMISSION_DENIED", title: "Permission Denied", category: "sender", class: "permission", summary: "A permission the call depends on was never granted or has been taken away; Meta also uses it when the API is not available to the account, or when a Flows endpoint phone number is not authorised for the business public key. Grant the permission or fix the setup, then retry.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["permission denied"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Authorization" },
  { code: 33, name: "INVALID_OBJECT_ID", title: "Parameter value is not valid", category: "sender", class: "invalid-request", summary: "The ID the request is addressed to does not point to a usable object, typically because the business phone number behind the phone number ID has been deleted. Check the ID you are calling.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["deleted phone number", "object id", "nonexistent id"], es: ["id de objeto", "id inexistente", "número de teléfono eliminado"], fr: ["identifiant d'objet", "id inexistant", "numéro de téléphone supprimé"], pt: ["id do objeto", "número de telefone excluído"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Shares its title with 131009. This one concerns the ID of the object being called (a deleted business number, a deleted WhatsApp Business Account, or a token whose user never granted whatsapp_business_management), not a field value in the request body. The same failure also arrives as error_subcode 33 under code 100 (\"Unsupported get request\"); see that subcode entry." },
  { code: 100, name: "INVALID_PARAMETER", title: "Invalid parameter", category: "sender", class: "invalid-request", summary: "The request contains a parameter that the endpoint does not support, that is misspelled, or whose value is too long. Compare the request with the endpoint reference; on template and phone endpoints the error_subcode and error_user_msg say exactly what is wrong.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["invalid parameter", "unsupported parameter", "misspelled parameter"], es: ["parámetro inválido", "parámetro no válido", "parámetro no soportado"], fr: ["paramètre invalide", "paramètre non valide", "paramètre non pris en charge"], pt: ["parâmetro inválido", "parâmetro não suportado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Template-creation and phone-migration errors (2388xxx), the analytics error 2388077 and the object error 33 arrive as the error_subcode of code 100; they are catalogued as subcodes of this code. Since v16.0 every code-100 error is titled \"Invalid parameter\" and the former title moved into error_data.details; on template endpoints error_user_title, error_user_msg and is_transient say more, so match details and those fields rather than the title." },
  { code: 104, name: "MISSING_TOKEN_OR_INCORRECT_SIGNATURE", title: "Incorrect signature", category: "sender", class: "authentication", summary: "The request carried no valid access token or signature; Meta says some endpoints answer a request sent without a token with 104. Send the request again with a valid access token.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["incorrect signature", "no access token sent"], es: ["firma incorrecta", "firma inválida", "sin token de acceso"], fr: ["signature incorrecte", "signature invalide", "sans jeton d'accès"], pt: ["assinatura incorreta", "assinatura inválida", "sem token de acesso"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Authorization", notes: "Meta's 2026 error-codes page (row 200) says other endpoints may return 190 or 104 when a request carries no token; Meta's Graph reference for business-owned WhatsApp Business Accounts lists 104 as \"Incorrect signature\". No HTTP status documented." },
  { code: 190, name: "ACCESS_TOKEN_EXPIRED", title: "Access token has expired", category: "sender", class: "authentication", summary: "The access token sent with the request has expired or is otherwise no longer valid. Obtain a fresh token and send the request again.", retry: { action: "refresh-token" }, arrives: ["response"], aliases: [], keywords: { en: ["access token expired"], es: ["token de acceso expirado", "token de acceso caducado", "token de acceso vencido"], fr: ["jeton d'accès expiré", "token d'accès expiré"], pt: ["token de acesso expirado", "token de acesso vencido"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 401, metaGroup: "Authorization", notes: "Graph API may add an error_subcode that says why the token stopped working: 463 (expired) and 467 (invalid), catalogued as subcodes of this code." },
  { code: 200, rangeEnd: 299, name: "API_PERMISSION", title: "API Permission", category: "sender", class: "permission", summary: "The app was never granted, or has lost, a permission the endpoint needs; every code from 200 to 299 means this. Code 200 on its own also answers some GET requests sent without an access token (\"Provide valid app ID\"). Grant the missing permission, or send a valid token, and call again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: ["Provide valid app ID"], keywords: { en: ["api permission", "provide valid app id"], es: ["permiso de la api"], fr: ["permission de l'api"], pt: ["permissão da api"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Authorization", notes: "Range entry for 200-299. Meta's 2026 page also lists code 200 on its own for requests sent without a token; that case is folded into this entry. Unrelated to code 190 (expired token)." },
  { code: 368, name: "TEMPORARILY_BLOCKED_FOR_POLICY_VIOLATIONS", title: "Temporarily blocked for policies violations", category: "sender", class: "business-restricted", summary: "Meta has limited or switched off the WhatsApp Business Account linked to the app because it broke a platform policy. Do not resend until the enforcement ends; follow Meta's policy enforcement guidance to resolve it.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["blocked for policy violations", "policy enforcement"], es: ["bloqueada temporalmente", "bloqueado temporalmente", "bloqueo temporal", "bloqueado por violación de políticas"], fr: ["bloqué temporairement", "temporairement bloqué", "blocage temporaire"], pt: ["temporariamente bloqueada", "bloqueada temporariamente", "bloqueio temporário", "bloqueada por violação de políticas"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Integrity", notes: "Retry advice: wait, because Meta titles it a temporary block and the Graph API error-handling guide advises waiting before trying again; a disabled account only recovers through policy enforcement (appeal). Kapso lists it as do-not-retry." },
  { code: 613, name: "ENDPOINT_RATE_LIMIT_EXCEEDED", title: "Fetch Call Permission For Consumer Phone Number API Limit Hit", category: "sender", class: "rate-limit", summary: "Calls to one Graph API endpoint went over that endpoint's rate limit; in WhatsApp, Meta documents it for the call permission status lookup. Back off and call that endpoint less often.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: ["Calls to this api have exceeded the rate limit"], keywords: { en: ["call permission status", "fetch call permission"], es: ["estado del permiso de llamada"], fr: ["statut de la permission d'appel"], pt: ["status da permissão de chamada"] }, deprecatedNames: ["FETCH_CALL_PERMISSION_API_LIMIT_HIT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 429, metaGroup: "Calling", notes: "613 is the generic Graph API code \"Calls to this api have exceeded the rate limit\" and also turns up in messaging code, so the name is neutral; the former name FETCH_CALL_PERMISSION_API_LIMIT_HIT is kept as a deprecated alias. Not the same as code 4 (the app-wide Graph limit) or 80007/80008 (per WhatsApp Business Account). pywa records that the call permission limit used to be reported as 138013." },
  { code: 80007, name: "RATE_LIMIT_ISSUES", title: "Rate limit issues", category: "sender", class: "rate-limit", summary: "The WhatsApp Business Account itself has reached its API rate limit, which is separate from the app-wide limit behind code 4. Slow down calls for this account and retry later.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: [], keywords: { en: ["waba rate limit", "business account rate limit"], es: ["límite de tasa de la cuenta"], fr: ["limite de débit du compte"], pt: ["limite de taxa da conta", "rate limit da conta"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling", notes: "Compare 80008, which Meta's Graph reference for business-owned WhatsApp Business Accounts uses for too many calls to one account.", sharedFamily: "Graph's business-use-case rate limits, 80000–80014, one code per product (the Marketing API, Pages, Instagram and Messenger have theirs)" },
  { code: 80008, name: "WABA_TOO_MANY_CALLS", title: "There have been too many calls to this WhatsApp Business account", category: "sender", class: "rate-limit", summary: "The app made too many Graph API calls to one WhatsApp Business Account in a short time. Wait a little, then retry with backoff and call that account less often.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: [], keywords: { en: ["too many calls to this whatsapp business account", "waba call limit"], es: ["demasiadas llamadas a esta cuenta"], fr: ["trop d'appels vers ce compte"], pt: ["muitas chamadas para esta conta"] }, docsUrl: "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/owned_whatsapp_business_accounts", notes: "Listed in Meta's Graph reference for business-owned WhatsApp Business Accounts, with a pointer to the Graph rate-limiting guide; also seen in production fixtures. Not on the WhatsApp error-codes page. Compare 80007 (WhatsApp Business Account rate limit) and 4 (app-wide).", sharedFamily: "Graph's business-use-case rate limits, 80000–80014, one code per product (the Marketing API, Pages, Instagram and Messenger have theirs)" },
  { code: 130403, name: "BUSINESS_BLOCKED_USER", title: "This business has blocked the end user on WhatsApp", category: "sender", class: "blocklist", summary: "The recipient is on this business's own block list: the business blocked the user, not the other way round. Unblock the user (Block Users API) if you want to message them again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: ["Business Has Been Blocked"], keywords: { en: ["blocked user", "business blocked user", "blocked the end user", "business has blocked"], es: ["usuario bloqueado por la empresa", "la empresa bloqueó al usuario", "el negocio ha bloqueado", "la empresa ha bloqueado"], fr: ["utilisateur bloqué par l'entreprise", "l'entreprise a bloqué l'utilisateur", "l'entreprise a bloqué"], pt: ["usuário bloqueado pela empresa", "empresa bloqueou o usuário", "a empresa bloqueou", "o negócio bloqueou"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Other", notes: "Meta gives no short title; the title is the details text. The seed title \"Business Has Been Blocked\" reads as the opposite of what Meta means." },
  { code: 130429, name: "RATE_LIMIT_HIT", title: "Rate limit hit", category: "sender", class: "rate-limit", summary: "The business phone number is sending faster than its Cloud API message throughput allows. Retry with backoff and spread sends out over time.", retry: { action: "retry-with-backoff" }, arrives: ["response", "account-webhook"], aliases: ["RateLimitHit"], keywords: { en: ["throughput", "messages per second", "mps"], es: ["mensajes por segundo", "envíos por segundo"], fr: ["messages par seconde", "débit de messages"], pt: ["mensagens por segundo", "envios por segundo"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling", notes: "Arrives with HTTP 400, not 429, and also in the errors webhook (value.errors), as Meta's example shows. Meta's example response carries error_subcode 2494055 (\"Cloud API message throughput has been reached\"); see that subcode. The Block Users API also returns it when a request carries too many numbers or too many requests are made. On-Premises equivalent: 429." },
  { code: 130472, name: "MARKETING_MESSAGE_EXPERIMENT", title: "User's number is part of an experiment", category: "recipient", class: "marketing-limit", summary: "Meta held back this marketing template because the user belongs to a small marketing-message experiment group; it is not charged, and resending gives the same error. If it matters, ask the user outside WhatsApp to write to you, then resend it inside the open customer service window (an open free entry point window also lets it through).", retry: { action: "do-not-retry" }, arrives: ["status-webhook", "response"], aliases: ["Marketing Message Experiment", "UserIsInExperimentGroup"], keywords: { en: ["experiment", "holdout", "experiment group"], es: ["experimento", "grupo de experimento", "grupo de control"], fr: ["expérimentation", "groupe témoin"], pt: ["parte de um experimento", "grupo de controle"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 472. Meta reports it in a failed status webhook (experiments page). Meta grants no exceptions or opt-outs from the experiment. Often mistaken for the throughput rate limit, which is 130429." },
  { code: 130497, name: "COUNTRY_RESTRICTION", title: "Business account is restricted from messaging users in this country", category: "sender", class: "business-restricted", summary: "The WhatsApp Business Account is not allowed to message users in the recipient's country, depending on the business's category under WhatsApp Business Policy. Do not resend to recipients in that country.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: ["Country Restriction"], keywords: { en: ["country restriction", "restricted country", "users in this country"], es: ["restricción de país", "país restringido", "usuarios de este país"], fr: ["restriction de pays", "pays restreint", "pays non autorisé"], pt: ["restrição de país", "país restrito", "usuários neste país"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Integrity" },
  { code: 130501, name: "GROUP_UNSUPPORTED_MESSAGE_TYPE", title: "Unsupported message type", category: "platform", class: "groups", summary: "A group participant sent a kind of message that the API does not support, so the group message webhook carries type \"unsupported\" instead of its content. Nothing can be resent; ask the participant to send it in another form if you need it.", retry: { action: "do-not-retry" }, arrives: ["message-webhook"], aliases: ["Message type is not currently supported"], keywords: { en: ["unsupported group message", "group message type not supported", "group unsupported message type"], es: ["tipo de mensaje no soportado en grupos"], fr: ["type de message non pris en charge dans les groupes"], pt: ["tipo de mensagem não suportado em grupos"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/groups-messaging", notes: "The group counterpart of the inbound case of 131051. Categorised platform, not sender like the seed's 131051: it is only ever inbound, so nothing in the business's request caused it. No HTTP status (webhook only)." },
  { code: 131000, name: "SOMETHING_WENT_WRONG", title: "Something went wrong", category: "platform", class: "platform-failure", summary: "The message failed because of an unexpected internal error at Meta. Send it again; if it keeps failing, open a Direct Support ticket.", retry: { action: "retry" }, arrives: ["response", "status-webhook"], aliases: ["Generic error"], keywords: { en: ["something went wrong"], es: ["algo salió mal"], fr: ["quelque chose s'est mal passé"], pt: ["algo deu errado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Other", notes: "2022 title \"Generic error\" (On-Premises 500 and 1000). Its webhook title was changed in v16.0, so it also reaches status webhooks. For Flows endpoints it can also mean that setting the business public key failed on Meta's side." },
  { code: 131005, name: "ACCESS_DENIED", title: "Access denied", category: "sender", class: "permission", summary: "A permission needed for this WhatsApp call was never granted or has been removed. Verify the token's permissions and retry once fixed.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["access denied"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Other", notes: "On-Premises equivalent: 1005." },
  { code: 131008, name: "REQUIRED_PARAMETER_MISSING", title: "Required parameter is missing", category: "sender", class: "invalid-request", summary: "The request leaves out a field that the endpoint requires. Add the missing field as listed in the endpoint reference and resend.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["required parameter", "missing parameter", "parameter missing"], es: ["parámetro obligatorio", "parámetro requerido", "parámetro faltante", "falta un parámetro"], fr: ["paramètre obligatoire", "paramètre manquant", "paramètre requis"], pt: ["parâmetro obrigatório", "parâmetro ausente", "parâmetro faltando"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 1008. It does not mean the user blocked the business, a mislabel found in public code." },
  { code: 131009, name: "PARAMETER_VALUE_NOT_VALID", title: "Parameter value is not valid", category: "sender", class: "invalid-request", summary: "One or more values in the request are not acceptable for their fields. Check the allowed values in the endpoint reference; error_data.details usually names the field.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["invalid value", "parameter value", "value not valid"], es: ["valor inválido", "valor no válido", "valor del parámetro"], fr: ["valeur invalide", "valeur non valide", "valeur du paramètre"], pt: ["valor do parâmetro", "valor não válido"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Same title as 33. The Calling API uses it with its own details (voice_call interactive messages not supported in the sender's country). On the Marketing Messages API Meta adds a transient case: the ad sync may be incomplete, so wait about 10 minutes and try again before contacting support; match error_data.details to tell the cases apart. On-Premises equivalent: 1009." },
  { code: 131016, name: "SERVICE_UNAVAILABLE", title: "Service unavailable", category: "platform", class: "platform-failure", summary: "A Meta service needed for the request is temporarily unavailable. Check the status page and retry with backoff.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: ["Service Overloaded"], keywords: { en: ["service unavailable", "service overloaded"], es: ["servicio no disponible", "servicio sobrecargado", "servicio caído"], fr: ["service indisponible", "service surchargé"], pt: ["serviço indisponível", "serviço sobrecarregado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Other", notes: "2022 title \"Service Overloaded\"." },
  { code: 131020, name: "GROUP_HAS_SINGLE_MEMBER", title: "Bad Group", category: "sender", class: "groups", summary: "Messages cannot be sent to a group whose only member is the business. Add participants to the group, then send again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["bad group", "single member group", "group has a single member"], es: ["grupo con un solo miembro"], fr: ["groupe avec un seul membre"], pt: ["grupo com apenas um membro"] }, deprecatedNames: ["BAD_GROUP"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131021, name: "RECIPIENT_CANNOT_BE_SENDER", title: "Recipient cannot be sender", category: "sender", class: "invalid-request", summary: "The recipient number is the same as the business number sending the message. Send to a different number.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: ["Bad User"], keywords: { en: ["recipient cannot be sender", "sender equals recipient", "self block", "message to self"], es: ["igual al remitente", "destinatario y remitente son el mismo", "mensaje a sí mismo"], fr: ["identique à l'expéditeur", "destinataire et expéditeur identiques", "message à soi-même"], pt: ["igual ao remetente", "igual ao número remetente", "destinatário e remetente são o mesmo"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "2022 title \"Bad User\" (On-Premises 1021). The Block Users API returns it when a business tries to block its own number." },
  { code: 131026, name: "MESSAGE_UNDELIVERABLE", title: "Message Undeliverable", category: "recipient", class: "recipient-unreachable", summary: "The recipient cannot receive the message: the number may not be on WhatsApp, the user may not have accepted the current Terms of Service, or their app may be too old. Resending will not help; reach them another way and ask them to check they can message your number.", retry: { action: "do-not-retry" }, arrives: ["status-webhook", "response"], aliases: ["Receiver incapable", "MessageUndeliverable"], keywords: { en: ["undeliverable", "not registered on whatsapp", "receiver incapable", "old app version", "phone number not registered on whatsapp", "number not registered on whatsapp"], es: ["mensaje no entregable", "no entregable", "no registrado en whatsapp", "aplicación desactualizada", "versión antigua de whatsapp"], fr: ["non distribuable", "non enregistré sur whatsapp", "pas inscrit sur whatsapp", "version obsolète de whatsapp", "application obsolète", "non inscrit sur whatsapp"], pt: ["não entregável", "não registrado no whatsapp", "não cadastrado no whatsapp", "versão desatualizada do whatsapp", "app desatualizado", "app velho"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Pre-v16 webhooks titled it \"Receiver incapable\" (On-Premises 1026). Before 131049 existed, the per-user marketing cap also surfaced as 131026. Not the 24-hour window (that is 131047)." },
  { code: 131030, name: "RECIPIENT_NOT_IN_ALLOWED_LIST", title: "Recipient phone number is not in allowed list", category: "sender", class: "account-setup", summary: "When sending or calling from a public test number, only recipients on its allowed list can be reached, and this one is not on it. Add the recipient to the list and try again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: ["RecipientNotInAllowedList"], keywords: { en: ["allowed list", "allow list", "test number", "not in allowed list", "not in the allow list"], es: ["lista de permitidos", "número de prueba", "no está en la lista de permitidos"], fr: ["liste autorisée", "numéro de test", "pas dans la liste autorisée"], pt: ["lista de números permitidos", "número de teste", "não está na lista de números permitidos"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Applies to messages, calls and call permission requests from public test numbers. No longer on Meta's main error-codes page; documented on the Calling troubleshooting page." },
  { code: 131031, name: "BUSINESS_ACCOUNT_LOCKED", title: "Account has been locked", category: "sender", class: "business-restricted", summary: "The WhatsApp Business Account was restricted or disabled for a policy breach, or data in the request (such as the two-step verification PIN) did not match what is set on the account. Check the account's health status and the request data before trying again.", retry: { action: "fix-account" }, arrives: ["response", "status-webhook"], aliases: ["Business Account Locked", "AccountLocked"], keywords: { en: ["account locked", "locked", "policy breach"], es: ["cuenta comercial bloqueada", "cuenta de empresa bloqueada", "incumplimiento de políticas"], fr: ["compte verrouillé", "compte professionnel bloqué", "infraction aux politiques"], pt: ["conta comercial bloqueada", "conta empresarial bloqueada", "infração de política"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 403, metaGroup: "Integrity", notes: "On-Premises equivalent: 1031. Its webhook title (\"Business Account locked\") was set in v16.0, so it also reaches status webhooks. The Health Status API can say why the account is locked. Not a rate limit, although some third-party tables label it so." },
  { code: 131035, name: "WEBHOOK_NOT_DELIVERED_WITHIN_RETENTION_LIMIT", title: "Webhook could not be delivered within data retention limit", category: "sender", class: "data-retention", summary: "With No Storage (limited data retention) on, a webhook that could not reach your endpoint within the shortened retry window was dropped, and this error was sent in its place. The content is gone; keep the webhook endpoint available so it does not happen again.", retry: { action: "do-not-retry" }, arrives: ["account-webhook"], aliases: [], keywords: { en: ["data retention limit", "webhook dropped", "no storage webhook", "webhook not delivered"], es: ["webhook no entregado", "webhook descartado"], fr: ["webhook non livré", "webhook abandonné"], pt: ["webhook não entregue", "webhook perdido"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/no-storage", notes: "Sent in the errors webhook (value.errors). With No Storage, undelivered webhooks are retried for one hour instead of seven days. Category sender: the business's webhook endpoint was unreachable." },
  { code: 131036, name: "MESSAGE_NOT_DELIVERED_TO_ALL_DEVICES", title: "Message failed to be delivered on at least one of the user's device", category: "recipient", class: "data-retention", summary: "The user's primary device could not decrypt the message and asked for it again after the one-hour window, but an account with No Storage on no longer had the content (\"Message payload not found\"). Send the message again if it still matters.", retry: { action: "retry" }, arrives: ["status-webhook"], aliases: ["Message payload not found"], keywords: { en: ["message payload not found", "retry receipt", "at least one of the user's device", "not delivered to all devices"], es: ["al menos uno de los dispositivos", "todos los dispositivos"], fr: ["au moins un des appareils", "tous les appareils"], pt: ["pelo menos um dos dispositivos", "todos os dispositivos"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/no-storage", notes: "Sent in a failed status webhook. Meta sends it only when the primary device's retry receipt cannot be honoured; the message may still have reached secondary devices. Category recipient: the decryption failure is on the user's device (the audit left recipient or platform open)." },
  { code: 131037, name: "DISPLAY_NAME_APPROVAL_REQUIRED", title: "WhatsApp provided number needs display name approval before message can be sent", category: "sender", class: "account-setup", summary: "The message was sent from a WhatsApp-provided (555) number whose display name has not been approved. Get the display name approved, then send again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["display name approval", "555 number"], es: ["nombre visible", "aprobación del nombre visible"], fr: ["nom d'affichage", "approbation du nom d'affichage"], pt: ["nome de exibição", "aprovação do nome de exibição"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Meta gives no short title; the title is the details text. HTTP 400 from Meta's Nov/Dec 2025 error-codes pages." },
  { code: 131041, name: "GROUP_UNKNOWN", title: "Group unknown", category: "sender", class: "groups", summary: "The group does not exist, or the business number is not a member of it. Check the group ID and that the business number still belongs to the group.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["group unknown", "group not found"], es: ["grupo desconocido", "grupo no encontrado"], fr: ["groupe inconnu", "groupe introuvable"], pt: ["grupo desconhecido", "grupo não encontrado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131042, name: "BUSINESS_ELIGIBILITY_PAYMENT_ISSUE", title: "Business eligibility payment issue", category: "sender", class: "payment", summary: "Messages cannot go out because of a billing problem on the WhatsApp Business Account, such as no payment method, a missing or exhausted credit line, or an account whose currency or time zone is not set. Fix the billing setup, then resend.", retry: { action: "fix-account" }, arrives: ["response", "status-webhook"], aliases: ["Business eligibility — Payment issue", "BusinessPaymentIssue"], keywords: { en: ["payment issue", "credit line", "payment failed", "payment declined"], es: ["problema de pago", "línea de crédito", "pago rechazado", "pago fallido"], fr: ["problème de paiement", "ligne de crédit", "paiement refusé", "échec du paiement"], pt: ["problema de pagamento", "linha de crédito", "pagamento recusado", "falha no pagamento"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 402. Its webhook title was set in v16.0, so it also reaches status webhooks. Calling reports the same kind of problem as 131044." },
  { code: 131044, name: "CALLING_PAYMENT_METHOD_MISSING", title: "No valid payment method attached for user-initiated calls", category: "sender", class: "payment", summary: "An error webhook reports that a user-initiated call could not be handled because the business has no valid payment method attached. Add a payment method to the account; it is the calling counterpart of 131042.", retry: { action: "fix-account" }, arrives: ["call-webhook"], aliases: [], keywords: { en: ["calling payment", "call payment method", "billing for calls"], es: ["pago de llamadas", "método de pago para llamadas"], fr: ["paiement des appels", "moyen de paiement pour les appels"], pt: ["pagamento de chamadas", "método de pagamento para chamadas"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Meta gives no short title; the title paraphrases the details text. Meta says \"an error webhook\" is sent for user-initiated calls; the calls webhook is taken as that path (inferred from the calls webhook's errors array; Meta does not name the field)." },
  { code: 131045, name: "INCORRECT_CERTIFICATE", title: "Incorrect certificate", category: "sender", class: "registration", summary: "The message failed because of a problem with the phone number's registration. Register the number again before retrying.", retry: { action: "fix-account" }, arrives: ["response", "status-webhook"], aliases: ["Unsigned certificate"], keywords: { en: ["incorrect certificate", "unsigned certificate", "certificate"], es: ["certificado incorrecto", "certificado no firmado"], fr: ["certificat incorrect", "certificat non signé"], pt: ["certificado incorreto", "certificado não assinado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Other", notes: "2022 title \"Unsigned certificate\" (On-Premises 430). Its webhook title was set in v16.0, so it also reaches status webhooks." },
  { code: 131047, name: "RE_ENGAGEMENT_MESSAGE_REQUIRED", title: "Re-engagement message", category: "sender", class: "messaging-window", summary: "The customer service window is closed: the user has not written to the business in the last 24 hours, so free-form messages are refused. Send an approved template message instead.", retry: { action: "send-template" }, arrives: ["status-webhook", "response"], aliases: ["Re-engagement Message Required", "ReEngagementMessage"], keywords: { en: ["re-engagement"], es: ["mensaje de reactivación", "reenganche"], fr: ["message de réengagement"], pt: ["mensagem de reengajamento", "reengajamento"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Replaces On-Premises 470. Usually arrives asynchronously in a failed status webhook after the send was accepted. The Block Users API returns it when the user has not messaged the business in the last 24 hours, or is not a valid WhatsApp user." },
  { code: 131048, name: "SPAM_RATE_LIMIT_HIT", title: "Spam rate limit hit", category: "sender", class: "rate-limit", summary: "The number may only send a limited volume of messages for now, because many of its earlier messages were blocked or reported as spam by users. Pause sending, check the number's quality rating in WhatsApp Manager and improve what you send before resuming.", retry: { action: "wait" }, arrives: ["response"], aliases: ["SpamRateLimitHit"], keywords: { en: ["spam", "flagged as spam", "reported as spam"], es: ["límite de spam", "marcado como spam", "sospecha de spam", "denunciado como spam"], fr: ["signalé comme spam", "marqué comme spam", "soupçon de spam"], pt: ["marcadas como spam", "denunciadas como spam", "suspeita de spam"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling", notes: "On-Premises equivalent: 471. Meta describes a limit on sending, not a permanent ban, and asks you to check quality status; pywa and Kapso treat it as throttling. Meta documents no fixed delay. Does not mean the recipient blocked the business." },
  { code: 131049, name: "HEALTHY_ECOSYSTEM_LIMIT", title: "This message was not delivered to maintain healthy ecosystem engagement", category: "platform", class: "marketing-limit", summary: "Meta chose not to deliver this marketing message to keep engagement healthy, for example because the user reached the per-user limit on marketing templates. Do not resend right away; wait at least 24 hours before trying that user again.", retry: { action: "wait", minDelaySeconds: 86400 }, arrives: ["status-webhook", "response"], aliases: ["Healthy Ecosystem Limit", "MessageUndeliverableDueToHealthyEcosystemEngagement", "Meta chose not to deliver"], keywords: { en: ["healthy ecosystem", "ecosystem engagement", "per-user marketing limit", "too much marketing", "too many marketing messages", "daily marketing limit", "marketing sending limit"], es: ["ecosistema saludable", "límite de marketing por usuario", "demasiado marketing", "demasiados mensajes de marketing", "límite diario de marketing", "límite de envíos de marketing"], fr: ["écosystème sain", "santé de l'écosystème", "limite marketing par utilisateur", "trop de marketing", "trop de messages marketing", "limite quotidienne de marketing", "limite d'envoi marketing"], pt: ["ecossistema saudável", "engajamento saudável", "saúde do ecossistema", "limite de marketing por usuário", "marketing demais", "muitas mensagens de marketing", "limite diário de marketing", "limite de envios de marketing"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "No short title on Meta's 2026 error-codes page; the title is the status-webhook text (\"Meta chose not to deliver\" in Dec 2025). minDelaySeconds: Meta says to wait at least 24 hours before resending a template that hit the per-user limit (error-codes page). Since April 30, 2026 Meta also enforces at WhatsApp Business Account level against excessive retries of marketing messages that hit the per-user limit (changelog), so resending early can hurt the whole account. Marketing messages to US users are not delivered since April 1, 2025, also with 131049. This case used to surface as 131026." },
  { code: 131050, name: "RECIPIENT_OPTED_OUT_OF_MARKETING", title: "Recipient has chosen to stop receiving marketing messages from your business", category: "recipient", class: "recipient-opted-out", summary: "The user has turned off marketing messages from this business, so marketing templates to them are refused. Do not retry; follow opt-outs through the user_preferences webhook.", retry: { action: "do-not-retry" }, arrives: ["status-webhook", "response"], aliases: ["Recipient Opted Out of Marketing", "UserStoppedMarketingMessages"], keywords: { en: ["stopped marketing", "marketing opt-out", "user_preferences"], es: ["dejó de recibir marketing", "baja de marketing"], fr: ["ne plus recevoir de marketing", "désinscription marketing"], pt: ["parou de receber marketing", "opt-out de marketing"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Meta gives no short title; the title paraphrases the details text. HTTP 400 from Meta's Nov/Dec 2025 error-codes pages." },
  { code: 131051, name: "UNSUPPORTED_MESSAGE_TYPE", title: "Unsupported message type", category: "sender", class: "invalid-request", summary: "On a send, the message type is not one the API supports; on an inbound webhook, the user sent something the API cannot pass on. For sends, switch to a supported message type.", retry: { action: "fix-request" }, arrives: ["response", "message-webhook"], aliases: ["Message type unknown"], keywords: { en: ["unsupported message type", "message type unknown", "unsupported type"], es: ["tipo de mensaje no soportado", "tipo de mensaje no compatible", "tipo de mensaje no admitido"], fr: ["type de message non pris en charge", "type de message non supporté"], pt: ["tipo de mensagem não suportado", "tipo de mensagem não compatível"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Inbound webhooks (type \"unsupported\") use the title \"Message type unknown\" and name the kind in unsupported.type, e.g. poll_update or edit. Group messages use 130501 for the same inbound case. On-Premises 501 is the older equivalent." },
  { code: 131052, name: "MEDIA_DOWNLOAD_ERROR", title: "Media download error", category: "platform", class: "media", summary: "Media that the user sent could not be downloaded, so the inbound message arrives without it. Check error_data.details and ask the user to share the file another way.", retry: { action: "do-not-retry" }, arrives: ["message-webhook"], aliases: [], keywords: { en: ["media download", "download media", "media fetch"], es: ["descarga de medios", "descarga de multimedia"], fr: ["download du média", "récupération du média", "récupérer le média"], pt: ["download da mídia", "baixar a mídia"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Inbound only: reported in the messages webhook of a message received from a user. On-Premises equivalent: 400." },
  { code: 131053, name: "MEDIA_UPLOAD_ERROR", title: "Media upload error", category: "sender", class: "media", summary: "The media attached to your outgoing message could not be uploaded, for example because its type is not supported. Check error_data.details and the supported media types, then resend with a valid file.", retry: { action: "fix-request" }, arrives: ["status-webhook", "response"], aliases: [], keywords: { en: ["media upload", "upload media", "unsupported media", "media type"], es: ["carga de medios", "subida de medios", "tipo de medio no soportado", "subir el archivo"], fr: ["upload du média", "envoi du média", "type de média non pris en charge", "téléversement du média", "téléverser le média"], pt: ["upload da mídia", "envio de mídia", "tipo de mídia não suportado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Meta points to error_data.details in the messages webhook fired when the send failed; its webhook title was set in v16.0." },
  { code: 131055, name: "METHOD_NOT_ALLOWED", title: "Method not allowed", category: "sender", class: "invalid-request", summary: "The API does not accept this kind of request: the Marketing Messages API takes only marketing templates, and the Calling API refuses Graph API calls for numbers set up for SIP. Use the matching API or method.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["method not allowed", "sip enabled number"], es: ["método no permitido"], fr: ["méthode non autorisée"], pt: ["método não permitido"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "MM API", notes: "Two meanings depending on the API: Marketing Messages API (only marketing templates) and Calling (use SIP for SIP-enabled numbers)." },
  { code: 131056, name: "PAIR_RATE_LIMIT_HIT", title: "(Business Account, Consumer Account) pair rate limit hit", category: "sender", class: "rate-limit", summary: "The business number sent too many messages to one and the same recipient within a short time. Wait before messaging that recipient again; sending to other recipients is unaffected.", retry: { action: "wait", minDelaySeconds: 6 }, arrives: ["response"], aliases: ["TooManyMessages"], keywords: { en: ["pair rate limit", "same recipient", "too many messages to user", "per-recipient rate limit"], es: ["mismo destinatario", "mismo contacto"], fr: ["même destinataire", "même contact"], pt: ["mesmo destinatário", "mesmo contato", "mesmo cliente"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling", notes: "minDelaySeconds: Meta allows one message every 6 seconds from a business number to the same user (about 600 an hour); after a burst you must wait as long as sending that burst at that pace would have taken (about-the-platform page). Resend only the affected message; whole-batch resends make it worse." },
  { code: 131057, name: "ACCOUNT_IN_MAINTENANCE_MODE", title: "Account in maintenance mode", category: "platform", class: "platform-failure", summary: "The business account is temporarily in maintenance mode, for instance during a throughput upgrade. Retry later with backoff.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: ["AccountInMaintenanceMode"], keywords: { en: ["maintenance mode", "throughput upgrade"], es: ["modo de mantenimiento", "cuenta en mantenimiento", "mejora de throughput"], fr: ["mode maintenance", "compte en maintenance", "mise à niveau du débit"], pt: ["modo de manutenção", "conta em manutenção", "upgrade de throughput"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Other" },
  { code: 131059, name: "INVALID_PAGINATION_CURSOR", title: "Invalid cursor", category: "sender", class: "invalid-request", summary: "The pagination cursor has expired or is corrupt; Meta returns this for group lists and, from v24.0, for the message template list. Start paging again without the before or after cursor.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["invalid cursor", "pagination cursor"], es: ["cursor inválido", "cursor de paginación"], fr: ["curseur invalide", "curseur de pagination"], pt: ["cursor de paginação"] }, deprecatedNames: ["INVALID_CURSOR"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups", notes: "Not renamed GROUP_INVALID_CURSOR: Meta's changelog (v24.0) also returns 131059 from GET /<WABA_ID>/message_templates, so the code is not group-only. Fix by restarting pagination rather than resending the same cursor." },
  { code: 131060, name: "MESSAGE_UNAVAILABLE", title: "This message is currently unavailable", category: "platform", class: "coexistence", summary: "On a number shared with the WhatsApp Business app (coexistence), a message that a user with an unsupported linked device sent to or received from the business is not passed on to the API. Ask the business to read the message in the WhatsApp Business app.", retry: { action: "do-not-retry" }, arrives: ["message-webhook"], aliases: ["Message Unavailable"], keywords: { en: ["message currently unavailable", "message unavailable", "withheld inbound message"], es: ["mensaje no disponible"], fr: ["message indisponible"], pt: ["mensagem indisponível"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/unsupported", metaGroup: "Webhook", notes: "Meta's coexistence page covers messages in both directions, so it is not limited to inbound ones; it arrives as a messages webhook of type \"unsupported\"." },
  { code: 131062, name: "BSUID_RECIPIENT_NOT_SUPPORTED", title: "Business-scoped user ID recipient not supported for this message", category: "sender", class: "invalid-request", summary: "The message was addressed with a business-scoped user ID (BSUID), but it cannot be delivered to a recipient identified that way. Address it by phone number, or send a message that accepts BSUID recipients.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["bsuid", "business-scoped user id"], es: ["id de usuario de ámbito empresarial"], fr: ["identifiant utilisateur à portée entreprise"], pt: ["id de usuário com escopo empresarial"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Messages", notes: "Meta gives no short title; the title paraphrases the details text. Added with the BSUID rollout; a digit swap away from 131026." },
  { code: 131063, name: "MARKETING_TEMPLATES_DISABLED_ON_CLOUD_API", title: "Marketing templates are disabled for Cloud API", category: "sender", class: "account-setup", summary: "The template is in the marketing category, but marketing sends through Cloud API are switched off for this setup by disable_marketing_messages_on_cloud_api. Send it through the Marketing Messages API or set that flag to false.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["disable_marketing_messages_on_cloud_api", "marketing disabled", "marketing templates disabled"], es: ["marketing deshabilitado"], fr: ["marketing désactivé"], pt: ["marketing desativado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Other", notes: "Meta gives no short title; the title paraphrases the details text." },
  { code: 131064, name: "TEMPLATE_CLASSIFICATION_MESSAGE_LIMIT", title: "Message limit reached due to template classification violations", category: "sender", class: "business-restricted", summary: "Meta has capped how many messages the account may send because its templates were put in the wrong category; the cap applies to template and free-form messages alike. Wait for the enforcement period to end and make sure templates are categorised correctly.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["template classification", "miscategorized template", "category violation", "template categorization", "wrong template category"], es: ["clasificación de plantillas", "plantilla mal categorizada", "categorización incorrecta"], fr: ["classification des modèles", "modèle mal catégorisé", "catégorisation incorrecte"], pt: ["classificação de templates", "template mal categorizado", "categorização incorreta"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Throttling", notes: "Meta gives no short title; the title paraphrases the details text. Added to Meta's error-codes page on April 17, 2026 (changelog). Meta documents no fixed enforcement period." },
  { code: 131201, name: "GROUP_REQUEST_PARTIALLY_SUCCEEDED", title: "Request partially succeeded", category: "sender", class: "groups", summary: "Some participant operations in the request worked and others failed. Inspect the per-participant results and resubmit only the failed ones after fixing them.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["partially succeeded", "partial success"], es: ["éxito parcial", "parcialmente exitosa"], fr: ["succès partiel", "partiellement réussie"], pt: ["sucesso parcial", "parcialmente bem-sucedida"] }, deprecatedNames: ["REQUEST_PARTIALLY_SUCCEEDED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 206, metaGroup: "Groups", notes: "Comes with HTTP 206; inspect the response before doing anything else." },
  { code: 131202, name: "GROUP_DUPLICATE_PARTICIPANT", title: "Duplicate participant", category: "sender", class: "groups", summary: "The participant list names the same user more than once. Remove the duplicates and resend.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["duplicate participant"], es: ["participante duplicado"], fr: ["participant en double"], pt: ["participante já adicionado"] }, deprecatedNames: ["DUPLICATE_PARTICIPANT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131203, name: "GROUP_PARTICIPANT_TERMS_NOT_ACCEPTED", title: "Unable to add participant to group", category: "recipient", class: "recipient-unreachable", summary: "A join request could not be approved because the user has not accepted WhatsApp's current Terms of Service and Privacy Policy. Do not retry until the user has accepted them.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: ["Recipient has not accepted our new Terms of Service and Privacy Policy."], keywords: { en: ["unable to add participant to group", "join request approval failed", "participant terms not accepted"], es: ["no se puede agregar al participante"], fr: ["impossible d'ajouter le participant"], pt: ["não foi possível adicionar o participante"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/reference", notes: "Returned per join request in failed_join_requests[].errors[] of the approve (and reject) join requests response. No HTTP status documented." },
  { code: 131204, name: "GROUP_PARTICIPANT_OVERLIMIT", title: "Participant overlimit", category: "sender", class: "groups", summary: "Adding these participants would take the group past its maximum size. Add fewer participants, or remove some first.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["participant overlimit", "group size limit", "group full"], es: ["grupo lleno", "límite de participantes"], fr: ["groupe plein", "limite de participants"], pt: ["grupo cheio", "número máximo de participantes"] }, deprecatedNames: ["PARTICIPANT_OVERLIMIT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131207, name: "GROUP_SUSPENDED", title: "Group suspended", category: "sender", class: "groups", summary: "The group has been suspended for breaking platform policy and cannot be used. Do not retry.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["group suspended"], es: ["grupo suspendido"], fr: ["groupe suspendu"], pt: ["grupo suspenso"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 403, metaGroup: "Groups" },
  { code: 131208, name: "GROUP_RATE_LIMIT_HIT", title: "Group Rate Limit Hit", category: "sender", class: "rate-limit", summary: "This phone number made too many group operations in a short time. Back off and retry.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: [], keywords: { en: ["group rate limit"], es: ["límite de tasa de grupos"], fr: ["limite de débit des groupes"], pt: ["limite de taxa de grupos"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 429, metaGroup: "Groups" },
  { code: 131209, name: "GROUP_PROFILE_PICTURE_ASPECT_RATIO_INVALID", title: "Invalid Group Profile Picture Aspect Ratio", category: "sender", class: "groups", summary: "The group profile picture is not square. Crop it to a 1:1 aspect ratio and upload it again.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["aspect ratio", "square image"], es: ["relación de aspecto", "imagen cuadrada"], fr: ["rapport d'aspect", "image carrée"], pt: ["proporção da imagem", "imagem quadrada"] }, deprecatedNames: ["INVALID_GROUP_PROFILE_PICTURE_ASPECT_RATIO"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131210, name: "GROUP_IMAGE_TOO_SMALL_TO_PROCESS", title: "Image is Too Small to Process", category: "sender", class: "groups", summary: "The group profile image is too small: width and height must both be more than 192 pixels. Upload a larger image.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["image too small"], es: ["imagen demasiado pequeña"], fr: ["image trop petite"], pt: ["imagem muito pequena"] }, deprecatedNames: ["IMAGE_TOO_SMALL_TO_PROCESS"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131211, name: "GROUP_CREATE_LIMIT_REACHED", title: "Group create limit reached", category: "sender", class: "groups", summary: "This business number has already created as many groups as it is allowed. Do not retry the creation.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["group create limit", "max groups"], es: ["límite de creación de grupos"], fr: ["limite de création de groupes"], pt: ["limite de criação de grupos"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131212, name: "GROUP_PARTICIPANT_NOT_IN_GROUP", title: "Participant is not a part of the group.", category: "sender", class: "groups", summary: "The user the operation targets is not a member of the group. Check the participant and the group before sending again.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["participant not in group", "not a group member", "not a part of the group"], es: ["no es miembro del grupo", "participante no está en el grupo"], fr: ["n'est pas membre du groupe", "participant absent du groupe"], pt: ["não é membro do grupo", "participante não está no grupo"] }, deprecatedNames: ["PARTICIPANT_NOT_IN_GROUP"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131213, name: "GROUP_JOIN_REQUEST_DOES_NOT_EXIST", title: "Group join request does not exist.", category: "sender", class: "groups", summary: "The join request referenced in the call does not exist. Fetch the current join requests and use one of their IDs.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["join request"], es: ["solicitud para unirse", "solicitud de unión"], fr: ["demande d'adhésion"], pt: ["solicitação de entrada", "pedido de entrada"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131214, name: "GROUP_CREATION_TEMPORARILY_DISABLED", title: "Group creation is temporarily disabled", category: "sender", class: "groups", summary: "Creating groups is paused for this number because its account sent too many marketing messages inside customer service windows over the past seven days. Wait until the pause ends before creating groups again.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["group creation disabled"], es: ["creación de grupos deshabilitada"], fr: ["création de groupes désactivée"], pt: ["criação de grupos desativada"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 131215, name: "GROUP_API_NOT_ELIGIBLE", title: "This phone number is not eligible to access Groups APIs", category: "sender", class: "groups", summary: "The business phone number does not meet the requirements for the Groups API. Check the eligibility requirements in the Groups documentation.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["groups api eligibility", "not eligible for groups", "groups api not eligible", "not eligible to access groups"], es: ["no elegible para grupos"], fr: ["non éligible aux groupes"], pt: ["não elegível para grupos"] }, deprecatedNames: ["NOT_ELIGIBLE_FOR_GROUPS_API"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes", httpStatus: 400, metaGroup: "Groups" },
  { code: 132000, name: "TEMPLATE_PARAM_COUNT_MISMATCH", title: "Template Param Count Mismatch", category: "sender", class: "template", summary: "The number of variable values in the request differs from the number of variables the template defines. Supply exactly one value per template variable.", retry: { action: "fix-request" }, arrives: ["response", "status-webhook"], aliases: [], keywords: { en: ["param count", "parameter count", "variable count", "params mismatch", "parameter mismatch", "template variables mismatch"], es: ["número de parámetros", "cantidad de parámetros", "cantidad de variables", "número de variables"], fr: ["nombre de paramètres", "nombre de variables"], pt: ["quantidade de parâmetros", "número de parâmetros", "número de variáveis", "contagem de parâmetros", "quantidade de variáveis"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2000." },
  { code: 132001, name: "TEMPLATE_DOES_NOT_EXIST", title: "Template does not exist", category: "sender", class: "template", summary: "No approved template with this name exists in the requested language. Check the template name, the language code and the approval status.", retry: { action: "fix-request" }, arrives: ["response", "status-webhook"], aliases: ["Template Missing"], keywords: { en: ["template missing", "template not found", "template does not exist", "no such template", "missing template"], es: ["plantilla no existe", "plantilla no encontrada", "plantilla inexistente", "no encontramos la plantilla", "no se encontró la plantilla"], fr: ["modèle introuvable", "modèle inexistant", "modèle n'existe pas", "template introuvable"], pt: ["template não existe", "template não encontrado", "template inexistente", "modelo não encontrado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 404, metaGroup: "Other", notes: "On-Premises equivalent: 2001 \"Template Missing\"." },
  { code: 132005, name: "TEMPLATE_HYDRATED_TEXT_TOO_LONG", title: "Template Hydrated Text Too Long", category: "sender", class: "template", summary: "Once the variables are filled in, the template text is longer than allowed. Shorten the variable values and check the template's translation in WhatsApp Manager.", retry: { action: "fix-request" }, arrives: ["response", "status-webhook"], aliases: [], keywords: { en: ["hydrated text", "template text too long"], es: ["texto hidratado", "texto de la plantilla demasiado largo"], fr: ["texte hydraté", "texte du modèle trop long"], pt: ["texto do template muito longo", "texto final do template"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2005." },
  { code: 132007, name: "TEMPLATE_FORMAT_CHARACTER_POLICY_VIOLATED", title: "Template Format Character Policy Violated", category: "sender", class: "template", summary: "The template content breaks a WhatsApp policy. Check the rejection reasons and change the content.", retry: { action: "fix-request" }, arrives: ["response", "status-webhook"], aliases: [], keywords: { en: ["format character policy", "character policy"], es: ["política de caracteres", "política de formato"], fr: ["politique de caractères", "politique de formatage"], pt: ["política de formatação", "caracteres de formatação"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2007." },
  { code: 132012, name: "TEMPLATE_PARAMETER_FORMAT_MISMATCH", title: "Template Parameter Format Mismatch", category: "sender", class: "template", summary: "The values supplied for the template variables are not in the format the template specifies. Format each value the way the template expects.", retry: { action: "fix-request" }, arrives: ["response", "status-webhook"], aliases: [], keywords: { en: ["parameter format", "param format mismatch", "format mismatch", "variable format"], es: ["formato del parámetro", "formato de la variable"], fr: ["format du paramètre", "format de la variable", "format de variable"], pt: ["formato do parâmetro", "formato da variável", "formato do valor"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2012." },
  { code: 132015, name: "TEMPLATE_PAUSED", title: "Template is Paused", category: "sender", class: "template", summary: "The template is paused for low quality and cannot be sent; Meta also reports this code in failed status webhooks for held messages it drops under template pacing or business portfolio pacing. Edit the template to improve it and send again once it is approved.", retry: { action: "fix-account" }, arrives: ["response", "status-webhook"], aliases: [], keywords: { en: ["template paused", "paused template"], es: ["plantilla pausada", "plantilla en pausa"], fr: ["modèle mis en pause", "modèle en pause", "template en pause"], pt: ["template pausado", "modelo pausado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2061 \"Template Paused\". Before v17, a paused template returned 132001 (changelog). Pacing drops: template pacing and portfolio pacing pages." },
  { code: 132016, name: "TEMPLATE_DISABLED", title: "Template is Disabled", category: "sender", class: "template", summary: "The template was paused too many times for low quality and is now disabled for good. Create a new template with different content.", retry: { action: "fix-account" }, arrives: ["response", "status-webhook"], aliases: [], keywords: { en: ["template disabled", "disabled template", "permanently disabled"], es: ["plantilla deshabilitada", "plantilla desactivada"], fr: ["modèle désactivé", "template désactivé"], pt: ["template desativado", "template desabilitado", "modelo desativado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2062 \"Template Disabled\". Before v17, a disabled template returned 132001 (changelog)." },
  { code: 132018, name: "TEMPLATE_VALIDATION_ERROR", title: "Template validation error", category: "sender", class: "template", summary: "The parameters given for the template failed validation. Review the reported problems, correct the parameters and resend.", retry: { action: "fix-request" }, arrives: ["response", "status-webhook"], aliases: [], keywords: { en: ["template validation", "template parameters invalid", "line breaks", "consecutive spaces"], es: ["validación de la plantilla", "parámetros de la plantilla no válidos", "saltos de línea", "espacios consecutivos"], fr: ["validation du modèle", "paramètres du modèle invalides", "sauts de ligne", "espaces consécutifs"], pt: ["validação do template", "parâmetros do template inválidos", "quebras de linha", "espaços consecutivos"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "MM API", notes: "Graph API v23.0 and later (changelog, May 29, 2025)." },
  { code: 132068, name: "FLOW_BLOCKED", title: "Flow is blocked", category: "sender", class: "flows", summary: "The Flow in the message is in the blocked state, so it cannot be sent. Correct the Flow before sending it again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["flow blocked", "blocked flow"], es: ["flujo bloqueado", "flow bloqueado"], fr: ["flux bloqué", "flow bloqué"], pt: ["fluxo bloqueado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2068." },
  { code: 132069, name: "FLOW_THROTTLED", title: "Flow is throttled", category: "sender", class: "flows", summary: "The Flow is throttled (Meta throttles a Flow whose endpoint is unhealthy), and the 10 messages per hour a throttled Flow may use have already been sent. Wait before sending it again, and fix the Flow's endpoint so it leaves the throttled state.", retry: { action: "wait", minDelaySeconds: 3600 }, arrives: ["response"], aliases: [], keywords: { en: ["flow throttled", "throttled flow"], es: ["flujo limitado"], fr: ["flux limité"], pt: ["fluxo limitado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "On-Premises equivalent: 2069. Meta's solution for both 132068 and 132069 is to correct the Flow. minDelaySeconds: inferred from Meta's cap of 10 sends in the last hour for a throttled Flow; waiting the hour out frees a slot, but Meta states no minimum itself." },
  { code: 133000, name: "INCOMPLETE_DEREGISTRATION", title: "Incomplete Deregistration", category: "sender", class: "registration", summary: "An earlier attempt to deregister the number did not complete. Deregister it again before registering.", retry: { action: "fix-account" }, arrives: ["response"], aliases: ["Incomplete Delete"], keywords: { en: ["incomplete deregistration", "deregister again"], es: ["desregistro incompleto", "baja de registro incompleta"], fr: ["désenregistrement incomplet"], pt: ["cancelamento de registro incompleto", "descadastro incompleto"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "Other", notes: "2022 title \"Incomplete Delete\"." },
  { code: 133004, name: "SERVER_TEMPORARILY_UNAVAILABLE", title: "Server Temporarily Unavailable", category: "platform", class: "platform-failure", summary: "The server is temporarily unavailable. Check the WhatsApp Business Platform status page and the details value, then retry later.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: [], keywords: { en: ["server temporarily unavailable"], es: ["servidor temporalmente no disponible", "servidor no disponible"], fr: ["serveur temporairement indisponible", "serveur indisponible"], pt: ["servidor temporariamente indisponível", "servidor indisponível"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 503, metaGroup: "Other", notes: "Unrelated to the 24-hour window, a mislabel found in public code." },
  { code: 133005, name: "TWO_STEP_VERIFICATION_PIN_MISMATCH", title: "Two step verification PIN Mismatch", category: "sender", class: "registration", summary: "The two-step verification PIN in the request is wrong. Send the correct PIN, or disable two-step verification and set a new one.", retry: { action: "fix-request" }, arrives: ["response"], aliases: ["Security PIN Mismatch"], keywords: { en: ["pin mismatch", "two-step pin", "wrong pin"], es: ["pin incorrecto", "pin no coincide"], fr: ["pin incorrect", "code pin erroné"], pt: ["pin incorreto", "pin não confere"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "2022 title \"Security PIN Mismatch\"." },
  { code: 133006, name: "PHONE_NUMBER_REVERIFICATION_NEEDED", title: "Phone number re-verification needed", category: "sender", class: "registration", summary: "The phone number has to be verified again before it can be registered. Verify it, then register.", retry: { action: "fix-account" }, arrives: ["response"], aliases: ["Recovery Token Incorrect"], keywords: { en: ["re-verification", "reverify"], es: ["reverificación", "volver a verificar el número", "verificado de nuevo"], fr: ["revérification", "nouvelle vérification du numéro", "vérifié à nouveau"], pt: ["reverificação", "verificar novamente o número", "verificado novamente"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "2022 title \"Recovery Token Incorrect\"; the meaning may have shifted along with the title." },
  { code: 133008, name: "TOO_MANY_TWO_STEP_VERIFICATION_PIN_GUESSES", title: "Too Many two step verification PIN Guesses", category: "sender", class: "registration", summary: "Too many wrong two-step verification PINs were tried for this number. Wait for the time given in details before trying again.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["too many pin guesses", "pin attempts", "verification pin guesses"], es: ["demasiados intentos de pin"], fr: ["trop de tentatives de pin"], pt: ["muitas tentativas de pin"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other" },
  { code: 133009, name: "TWO_STEP_VERIFICATION_PIN_GUESSED_TOO_FAST", title: "Two step verification PIN Guessed Too Fast", category: "sender", class: "registration", summary: "PIN attempts were made too quickly one after another. Slow down and retry after the delay given in details.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["pin guessed too fast", "pin too fast"], es: ["pin ingresado demasiado rápido", "intentos de pin demasiado rápidos"], fr: ["pin saisi trop vite", "tentatives de pin trop rapides"], pt: ["pin digitado rápido demais", "tentativas de pin muito rápidas"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other" },
  { code: 133010, name: "PHONE_NUMBER_NOT_REGISTERED", title: "Phone number Not Registered", category: "sender", class: "registration", summary: "The business phone number is not registered on the WhatsApp Business Platform. Register it before sending.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["unregistered number"], es: ["teléfono no registrado", "no registrado en la cloud api", "no está registrado"], fr: ["numéro non inscrit", "non enregistré sur l'api cloud"], pt: ["número não cadastrado", "não registrado na cloud api", "precisa ser registrado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other" },
  { code: 133015, name: "WAIT_BEFORE_REGISTERING_PHONE_NUMBER", title: "Please wait a few minutes before attempting to register this phone number", category: "sender", class: "registration", summary: "The number was deleted recently and the deletion is still being processed. Wait about five minutes before registering it again.", retry: { action: "wait", minDelaySeconds: 300 }, arrives: ["response"], aliases: [], keywords: { en: ["recently deleted", "wait before registering", "before attempting to register"], es: ["eliminado recientemente", "esperar antes de registrar"], fr: ["supprimé récemment", "attendre avant d'enregistrer"], pt: ["deletado recentemente", "excluído recentemente", "aguarde antes de registrar"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "minDelaySeconds: Meta says to wait 5 minutes before trying again (error-codes page)." },
  { code: 133016, name: "ACCOUNT_REGISTER_DEREGISTER_RATE_LIMIT_EXCEEDED", title: "Account register deregister rate limit exceeded", category: "sender", class: "rate-limit", summary: "This phone number has made too many register or deregister requests recently (Meta allows 10 per number in 72 hours), so further attempts are refused for now. Wait until the number is unblocked, then register again.", retry: { action: "wait", minDelaySeconds: 259200 }, arrives: ["response"], aliases: [], keywords: { en: ["registration rate limit", "register deregister"], es: ["demasiados intentos de registro"], fr: ["trop de tentatives d'enregistrement"], pt: ["muitas tentativas de registro"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Throttling", notes: "minDelaySeconds: the registration page says that after 10 requests in 72 hours the number cannot be registered for the next 72 hours. The changelog (Feb 13, 2024) describes the window as moving, so the real wait may be shorter; 72 hours is the safe figure." },
  { code: 134011, name: "PAYMENTS_TERMS_NOT_ACCEPTED", title: "WhatsApp Payments Terms of Service not accepted", category: "sender", class: "payment", summary: "The message could not be sent because the business has not yet accepted the WhatsApp Payments Terms of Service. Accept them (the error links to them) and retry.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["payments terms", "whatsapp payments"], es: ["términos de whatsapp pay"], fr: ["conditions de whatsapp pay"], pt: ["termos do whatsapp pay"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other", notes: "Meta gives no short title; the title paraphrases the details text. HTTP 400 from Meta's Nov/Dec 2025 error-codes pages." },
  { code: 134100, name: "ONLY_MARKETING_MESSAGES_SUPPORTED", title: "Only marketing messages supported", category: "sender", class: "invalid-request", summary: "The Marketing Messages API only sends marketing templates and this message is not one. Use a marketing-category template, or send through the regular messages endpoint.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["only marketing", "marketing messages api"], es: ["solo mensajes de marketing", "api de mensajes de marketing"], fr: ["uniquement des messages marketing", "api des messages marketing"], pt: ["apenas mensagens de marketing", "somente mensagens de marketing", "api de mensagens de marketing"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "MM API", notes: "Graph API v23.0 and later." },
  { code: 134101, name: "TEMPLATE_STILL_SYNCING", title: "Your template is still syncing", category: "platform", class: "template", summary: "A newly created template is still being synced for the Marketing Messages API, which can take up to 10 minutes. Wait ten minutes, then send again.", retry: { action: "wait", minDelaySeconds: 600 }, arrives: ["response"], aliases: [], keywords: { en: ["template syncing"], es: ["plantilla sincronizando"], fr: ["modèle en cours de synchronisation"], pt: ["template sincronizando"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "MM API", notes: "Graph API v23.0 and later. minDelaySeconds: Meta says the sync can take up to 10 minutes and to wait ten minutes before trying again (error-codes page)." },
  { code: 134102, name: "TEMPLATE_UNAVAILABLE_FOR_USE", title: "Template unavailable for use", category: "sender", class: "template", summary: "The template cannot be used on the Marketing Messages API because its ad sync failed or the account is not eligible for that API. Check the onboarding status and contact support if you are onboarded and it persists.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["template unavailable", "ad sync"], es: ["plantilla no disponible"], fr: ["modèle indisponible"], pt: ["template indisponível"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 500, metaGroup: "MM API", notes: "Graph API v23.0 and later." },
  { code: 135000, name: "GENERIC_USER_ERROR", title: "Generic user error", category: "sender", class: "invalid-request", summary: "The request failed because of an unspecified problem with its parameters. Check it against the endpoint reference and contact support if it continues.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["generic user error"], es: ["error genérico del usuario"], fr: ["erreur utilisateur générique"], pt: ["erro genérico do usuário"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Other" },
  { code: 137000, name: "RECIPIENT_IDENTITY_KEY_MISMATCH", title: "Recipient identity key hash mismatch", category: "recipient", class: "recipient-unreachable", summary: "With the identity change check on, the recipient_identity_key_hash sent did not match the user's current one, so Meta did not deliver the message: the user's identity changed since you last talked. Confirm the user's identity outside WhatsApp, then resend without a hash and store the new hash from the status webhook.", retry: { action: "fix-request" }, arrives: ["status-webhook"], aliases: ["RecipientIdentityKeyMismatch"], keywords: { en: ["identity key hash", "identity change check", "recipient_identity_key_hash", "identity key mismatch"], es: ["clave de identidad", "cambio de identidad"], fr: ["clé d'identité", "changement d'identité"], pt: ["chave de identidade", "mudança de identidade"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/phone-numbers", notes: "Meta gives no short title; the title paraphrases the phone-numbers page (section \"Identity change check\") and pywa's class name. Related to On-Premises 480 \"User potentially changed\" and 1028 \"user_identity_changed needs ack\", which are not exact predecessors. Class recipient-unreachable: the message cannot reach that user until the identity is confirmed." },
  { code: 138000, name: "CALLING_NOT_ENABLED", title: "Calling not enabled", category: "sender", class: "calling", summary: "Calling APIs are turned off for this business phone number. Enable calling in the number's call settings.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["calling not enabled"], es: ["llamadas no habilitadas"], fr: ["appels non activés"], pt: ["chamadas não habilitadas"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 401, metaGroup: "Calling" },
  { code: 138001, name: "CALL_RECEIVER_UNCALLABLE", title: "Receiver Uncallable", category: "recipient", class: "recipient-unreachable", summary: "The user cannot take WhatsApp calls: the number may not be on WhatsApp, the user may not have accepted the Terms of Service, or their client does not support calls. Confirm with the user that they can be called this way.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["uncallable", "receiver uncallable"], es: ["no puede recibir llamadas"], fr: ["ne peut pas recevoir d'appels"], pt: ["não pode receber chamadas"] }, deprecatedNames: ["RECEIVER_UNCALLABLE"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138002, name: "CALL_CONCURRENT_CALLS_LIMIT", title: "Concurrent Calls limit", category: "sender", class: "rate-limit", summary: "The number already has the maximum of 1,000 calls in progress. Retry later or run fewer calls at once.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: [], keywords: { en: ["concurrent calls"], es: ["llamadas simultáneas", "llamadas concurrentes"], fr: ["appels simultanés"], pt: ["chamadas simultâneas"] }, deprecatedNames: ["CONCURRENT_CALLS_LIMIT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 429, metaGroup: "Calling" },
  { code: 138003, name: "CALL_DUPLICATE", title: "Duplicate call", category: "sender", class: "calling", summary: "A call with this user is already in progress. Try again after the current call ends.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["duplicate call", "call already ongoing", "call duplicate"], es: ["llamada duplicada"], fr: ["appel en double"], pt: ["chamada duplicada"] }, deprecatedNames: ["DUPLICATE_CALL"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138004, name: "CALL_CONNECTION_ERROR", title: "Connection error", category: "platform", class: "calling", summary: "The call could not be connected. Retry later and check the connection parameters you supplied.", retry: { action: "retry" }, arrives: ["response"], aliases: [], keywords: { en: ["call connection error"], es: ["conexión de la llamada"], fr: ["connexion de l'appel"], pt: ["conexão da chamada"] }, deprecatedNames: ["CONNECTION_ERROR"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 500, metaGroup: "Calling" },
  { code: 138005, name: "CALL_RATE_LIMIT_EXCEEDED", title: "Call rate limit exceeded", category: "sender", class: "rate-limit", summary: "The business number has started as many calls as it may for now. Retry later or initiate calls less often.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: [], keywords: { en: ["call rate limit", "call initiation limit"], es: ["límite de inicio de llamadas"], fr: ["limite de lancement d'appels"], pt: ["limite de início de chamadas"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 429, metaGroup: "Calling" },
  { code: 138006, name: "CALL_PERMISSION_NOT_APPROVED", title: "No approved call permission found", category: "recipient", class: "calling", summary: "The user has not approved a call permission for this business. Obtain the user's call permission before calling.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["no call permission", "call permission not granted", "call permission not approved"], es: ["sin permiso de llamada", "permiso de llamada no aprobado"], fr: ["permission d'appel non approuvée", "sans permission d'appel"], pt: ["sem permissão de chamada", "permissão de chamada não aprovada"] }, deprecatedNames: ["NO_APPROVED_CALL_PERMISSION"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 401, metaGroup: "Calling" },
  { code: 138007, name: "CALL_CONNECT_TIMEOUT", title: "Connect Timeout error", category: "sender", class: "calling", summary: "The call timed out because the business side was too slow with the SDP exchange: it did not apply the SDP offer or answer it got from Cloud API, or did not send its own answer SDP through the connect API, quickly enough. Make your calling integration handle SDP faster.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["connect timeout", "answer sdp"], es: ["sdp de respuesta"], fr: ["sdp de réponse"], pt: ["sdp de resposta"] }, deprecatedNames: ["CONNECT_TIMEOUT_ERROR"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 500, metaGroup: "Calling" },
  { code: 138009, name: "CALL_PERMISSION_REQUEST_LIMIT_HIT", title: "Call Permission Request Limit Hit", category: "sender", class: "rate-limit", summary: "The business sent this user too many call permission requests in the allowed period. Wait for the limit to reset; a connected call with the user also resets it.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["permission request limit", "too many permission requests"], es: ["límite de solicitudes de permiso", "demasiadas solicitudes de permiso"], fr: ["limite de demandes de permission", "trop de demandes de permission"], pt: ["limite de solicitações de permissão", "muitas solicitações de permissão"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138012, name: "CALL_BUSINESS_INITIATED_LIMIT_HIT", title: "Business Initiated Calls Limit Hit", category: "sender", class: "rate-limit", summary: "The cap on connected business-initiated calls in 24 hours has been reached. Wait until the time error_data gives for the next allowed call.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["daily call limit", "business initiated calls limit", "business initiated limit"], es: ["límite diario de llamadas", "límite de llamadas iniciadas por la empresa"], fr: ["limite quotidienne d'appels", "limite d'appels initiés par l'entreprise"], pt: ["limite diário de chamadas", "limite de chamadas iniciadas pela empresa"] }, deprecatedNames: ["BUSINESS_INITIATED_CALLS_LIMIT_HIT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Meta's error table has said both 100 and 5 connected calls per 24 hours (its SIP section and pywa say 5). No minDelaySeconds: error_data carries the exact time of the next allowed call, which may be sooner than 24 hours." },
  { code: 138013, name: "CALL_BUSINESS_INITIATED_NOT_AVAILABLE", title: "Business-initiated calling is not available", category: "sender", class: "calling", summary: "Business-initiated calling is not offered for this business phone number. Check Meta's calling availability list.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["calling not available", "business-initiated calling", "business initiated not available"], es: ["llamadas salientes no disponibles"], fr: ["appels sortants indisponibles"], pt: ["chamadas de saída indisponíveis"] }, deprecatedNames: ["BUSINESS_INITIATED_CALLING_NOT_AVAILABLE"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Meaning changed: pywa records 138013 as the former code of the call-permission-status limit (now 613)." },
  { code: 138014, name: "CALLING_TEMPORARILY_DISABLED", title: "Calling is temporarily disabled", category: "sender", class: "calling", summary: "Calling for this number has been paused because of low quality. Make outreach useful rather than spammy and retry once the restriction is lifted.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["calling paused", "low call quality", "calling temporarily disabled"], es: ["llamadas desactivadas temporalmente", "baja calidad de las llamadas"], fr: ["appels temporairement désactivés", "mauvaise qualité des appels"], pt: ["chamadas desativadas temporariamente", "baixa qualidade das chamadas"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138015, name: "CALLING_CANNOT_BE_ENABLED", title: "Calling cannot be enabled", category: "sender", class: "calling", summary: "Calling cannot be switched on because the number's messaging limit is below 2,000. Raise the messaging limit first.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["cannot enable calling", "messaging limit below 2000"], es: ["no se pueden habilitar las llamadas"], fr: ["impossible d'activer les appels"], pt: ["não é possível ativar as chamadas"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138017, name: "CALL_PERMANENT_PERMISSION_EXISTS", title: "Call permission request can't be sent because a permanent permission already exists", category: "sender", class: "calling", summary: "The user has already granted this number permanent permission to call, so no new permission request is needed. Do not send one; call the user instead.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["permanent permission", "permission already granted"], es: ["permiso permanente"], fr: ["permission permanente"], pt: ["permissão permanente"] }, deprecatedNames: ["PERMANENT_CALL_PERMISSION_EXISTS"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138018, name: "CALLING_PREREQUISITES_NOT_MET", title: "WhatsApp Business calling cannot be enabled because technical pre-requisites are not met", category: "sender", class: "calling", summary: "Calling cannot be enabled until SIP is configured or an app subscribed to the WhatsApp Business Account also subscribes to the calls webhook field. Complete the setup and retry.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["calling prerequisites", "calls webhook", "prerequisites not met"], es: ["requisitos previos de llamadas"], fr: ["prérequis techniques des appels"], pt: ["pré-requisitos de chamadas"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling" },
  { code: 138019, name: "CALL_SETUP_FAILED", title: "Call setup failed", category: "recipient", class: "calling", summary: "Setting up the call failed on the user's WhatsApp app; Meta reports it in the call terminate webhook. Try calling again later.", retry: { action: "retry" }, arrives: ["call-webhook"], aliases: [], keywords: { en: ["call setup failed"], es: ["establecimiento de la llamada"], fr: ["établissement de l'appel"], pt: ["estabelecimento da chamada"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Meta attributes the failure to the user's WhatsApp client, hence recipient." },
  { code: 138020, name: "CALL_RELAY_CONNECTION_FAILED", title: "Relay connection failed", category: "recipient", class: "calling", summary: "The user's WhatsApp client could not reach the relay server; Meta reports it in the call terminate webhook. Try calling again later.", retry: { action: "retry" }, arrives: ["call-webhook"], aliases: [], keywords: { en: ["relay connection"], es: ["conexión al relay"], fr: ["connexion au relais"], pt: ["conexão com o relay"] }, deprecatedNames: ["RELAY_CONNECTION_FAILED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "The cause is on the user's WhatsApp client, hence recipient." },
  { code: 138021, name: "CALL_MEDIA_RECEIVE_TIMEOUT", title: "Media receive timeout", category: "sender", class: "calling", summary: "The user's WhatsApp client hung up because no call media reached it for too long; Meta reports it in the call terminate webhook. Check that your side really streams call media to the relay server, then call again.", retry: { action: "fix-request" }, arrives: ["call-webhook"], aliases: [], keywords: { en: ["media receive timeout", "no media received"], es: ["tiempo de recepción de medios"], fr: ["délai de réception des médias"], pt: ["tempo de recebimento de mídia"] }, deprecatedNames: ["MEDIA_RECEIVE_TIMEOUT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Meta's remedy is to make sure your call media actually reaches the relay, so the cause lies in the business's media pipeline: sender and fix-request rather than a blind retry." },
  { code: 138022, name: "CALL_MEDIA_TRANSMIT_TIMEOUT", title: "Media transmit timeout", category: "recipient", class: "calling", summary: "The user's WhatsApp client hung up because it could not send call media for too long; Meta reports it in the call terminate webhook. Try calling again later.", retry: { action: "retry" }, arrives: ["call-webhook"], aliases: [], keywords: { en: ["media transmit timeout"], es: ["tiempo de transmisión de medios"], fr: ["délai de transmission des médias"], pt: ["tempo de transmissão de mídia"] }, deprecatedNames: ["MEDIA_TRANSMIT_TIMEOUT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "The cause is on the user's WhatsApp client, hence recipient." },
  { code: 138023, name: "CALL_TERMINATED_WITH_NO_MEDIA_SIGNALS", title: "Call accepted but terminated with no media signals", category: "recipient", class: "calling", summary: "The call was accepted but ended without any media connection signal, so Cloud API cannot tell whether it really connected; Meta reports it in the call terminate webhook. Try calling again later.", retry: { action: "retry" }, arrives: ["call-webhook"], aliases: [], keywords: { en: ["no media signals"], es: ["sin señales de medios"], fr: ["aucun signal média"], pt: ["sem sinais de mídia"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting", httpStatus: 400, metaGroup: "Calling", notes: "Attributed to the user's side like 138019, 138020 and 138022; Meta does not say more (inferred)." },
  { code: 138024, name: "CALLING_SIP_NOT_ENABLED", title: "WhatsApp Business calling cannot use SIP because it is not enabled", category: "sender", class: "calling", summary: "The Health Status API reports that the business phone number cannot receive calls over SIP because SIP is not enabled for it. Configure SIP through the phone number's settings API.", retry: { action: "fix-account" }, arrives: ["health-status"], aliases: [], keywords: { en: ["sip not enabled", "can_receive_call_sip"], es: ["sip no habilitado"], fr: ["sip non activé"], pt: ["sip não habilitado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status", notes: "A Health Status API error_code (health_status.entities[].errors[], entity PHONE_NUMBER), not a Graph error response code." },
  { code: 138025, name: "CALLING_APP_SIP_SERVER_NOT_CONFIGURED", title: "This app cannot use SIP for WhatsApp Business calling because it has not configured a SIP server for this business phone number", category: "sender", class: "calling", summary: "The Health Status API reports that this app has not configured a SIP server for the business phone number, so it cannot take calls over SIP. Configure the SIP server through the phone number's settings API.", retry: { action: "fix-account" }, arrives: ["health-status"], aliases: [], keywords: { en: ["sip server not configured", "app sip server"], es: ["servidor sip no configurado"], fr: ["serveur sip non configuré"], pt: ["servidor sip não configurado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status", notes: "A Health Status API error_code (health_status.entities[].errors[], entity APP), not a Graph error response code." },
  { code: 139000, name: "FLOW_BLOCKED_BY_INTEGRITY", title: "Blocked By Integrity", category: "sender", class: "flows", summary: "Meta found an integrity problem on the account and stopped it from creating or publishing Flows. Resending will not help until Meta lifts the block.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["blocked by integrity", "flow integrity"], es: ["flujo bloqueado por integridad"], fr: ["flux bloqué par l'intégrité"], pt: ["fluxo bloqueado por integridade"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes", metaGroup: "Flows", notes: "Meta's possible-solutions text for this row could not be read here, so no support step is claimed." },
  { code: 139001, name: "FLOW_CANNOT_BE_UPDATED", title: "Flow can't be updated", category: "sender", class: "flows", summary: "Updating the Flow failed: published Flows cannot be changed (clone and republish instead), endpoint_uri was passed for Flow JSON older than 3.0, or the Flow JSON was saved but could not be processed. Fix the request, except for the processing failure, which can be retried as is.", retry: { action: "fix-request" }, arrives: ["response"], aliases: ["Error while processing Flow JSON", "Specify Endpoint Uri in Flow JSON"], keywords: { en: ["flow update", "update published flow", "flow cannot be updated"], es: ["actualización del flujo"], fr: ["mise à jour du flux"], pt: ["atualização do fluxo"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes", metaGroup: "Flows", notes: "Retry advice depends on the title: \"Error while processing Flow JSON\" may be transient, so resend the same request once before contacting support." },
  { code: 139002, name: "FLOW_CANNOT_BE_PUBLISHED", title: "Publishing Flow in invalid state", category: "sender", class: "flows", summary: "Publishing the Flow failed because a precondition is not met: it is not a draft, has validation errors, lacks an endpoint or data_channel_uri, uses an unsupported version, or the account lacks a phone number, signed public key, connected app, reachable endpoint or Flows webhook subscription. The title says which one; fix it and publish again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: ["Publishing Flow with validation errors", "Publishing Flow without data_channel_uri", "Publishing without specifying endpoint_uri is forbidden", "Versions in Flow JSON file are not available for publishing", "No Phone Number connected to WhatsApp Business Account", "Missing Flows Signed Public Key", "No Application Connected to the Flow", "Endpoint Not Available", "WhatsApp Business Account is not subscribed to Flows Webhooks"], keywords: { en: ["publish flow", "flow publishing", "flow cannot be published"], es: ["publicar el flujo", "publicación del flujo"], fr: ["publier le flux", "publication du flux"], pt: ["publicar o fluxo", "publicação do fluxo"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes", metaGroup: "Flows", notes: "One code for ten different publishing failures; tell them apart by title." },
  { code: 139003, name: "FLOW_CANNOT_BE_DEPRECATED", title: "Can't deprecate unpublished flow", category: "sender", class: "flows", summary: "The Flow cannot be deprecated, either because it was never published (delete the draft instead) or because it is already deprecated, in which case nothing is left to do.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: ["Flow is already deprecated"], keywords: { en: ["deprecate flow", "flow already deprecated", "flow cannot be deprecated", "deprecate unpublished flow"], es: ["deprecar el flujo"], fr: ["déprécier le flux"], pt: ["depreciar o fluxo"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes", metaGroup: "Flows" },
  { code: 139004, name: "PUBLISHED_FLOW_CANNOT_BE_DELETED", title: "Can't delete published Flow", category: "sender", class: "flows", summary: "A Flow that has been published cannot be deleted. Deprecate it instead.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["delete published flow", "published flow cannot be deleted"], es: ["eliminar un flujo publicado"], fr: ["supprimer un flux publié"], pt: ["excluir fluxo publicado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes", metaGroup: "Flows" },
  { code: 139006, name: "FLOW_METRICS_THRESHOLD_NOT_REACHED", title: "Metrics threshold is not reached", category: "platform", class: "flows", summary: "There is not yet enough usage data to compute metrics for this Flow. Ask for the metrics again later.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["flow metrics", "metrics threshold"], es: ["umbral de métricas"], fr: ["seuil de métriques"], pt: ["limiar de métricas"] }, deprecatedNames: ["METRICS_THRESHOLD_NOT_REACHED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes", metaGroup: "Flows", notes: "Not a Meta outage or a restriction; the Flow just lacks enough usage data so far. Kept as platform because only time fixes it." },
  { code: 139100, name: "FAILED_TO_BLOCK_UNBLOCK_SOME_USERS", title: "Failed to block/unblock some users", category: "sender", class: "blocklist", summary: "A bulk block or unblock request only partly succeeded. Read block_users.failed_users for the per-user errors and retry those after fixing them.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["block/unblock", "unblock some users"], es: ["bloquear/desbloquear"], fr: ["bloquer/débloquer"], pt: ["bloquear alguns usuários"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes", metaGroup: "Block users" },
  { code: 139101, name: "BLOCKLIST_LIMIT_REACHED", title: "Blocklist limit reached", category: "sender", class: "blocklist", summary: "The business's block list is full (64,000 users). Unblock users before blocking more.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["blocklist limit", "blocklist full"], es: ["límite de la lista de bloqueo", "lista de bloqueo llena"], fr: ["limite de la liste de blocage", "liste de blocage pleine"], pt: ["limite da lista de bloqueio", "lista de bloqueio cheia"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes", metaGroup: "Block users" },
  { code: 139102, name: "BLOCKLIST_CONCURRENT_UPDATE", title: "Blocklist concurrent update", category: "platform", class: "blocklist", summary: "The block list changed while you were paging through it. Read the list again from the beginning.", retry: { action: "retry" }, arrives: ["response"], aliases: [], keywords: { en: ["concurrent update", "blocklist changed"], es: ["actualización concurrente"], fr: ["mise à jour concurrente"], pt: ["atualização simultânea", "atualização concorrente"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes", metaGroup: "Block users", notes: "Retry by restarting pagination at offset 0. A Meta example shows the message \"(#135002) Blocklist concurrent update\" with code 139102; rely on the code field. The business's own concurrent writes can cause it; the category stays platform (the audit rates sender as arguable, low priority)." },
  { code: 139103, name: "BLOCK_USERS_INTERNAL_ERROR", title: "Internal error", category: "platform", class: "platform-failure", summary: "The block users request failed because of an internal error at Meta. Retry later.", retry: { action: "retry" }, arrives: ["response"], aliases: [], keywords: { en: ["blocklist internal error"], es: ["error interno de la lista de bloqueo"], fr: ["erreur interne de la liste de blocage"], pt: ["erro interno da lista de bloqueio"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes", metaGroup: "Block users" },
  { code: 141002, name: "HEALTH_STATUS_TEMPLATE_NOT_APPROVED", title: "Message templates can only be sent out if they are approved", category: "sender", class: "template", summary: "The Health Status API reports that the template cannot be sent because it is not approved yet (for example still pending review). Edit the template or appeal the review decision, and send it once it is approved.", retry: { action: "fix-account" }, arrives: ["health-status"], aliases: [], keywords: { en: ["health status template", "sent out if they are approved"], es: ["estado de salud de la plantilla"], fr: ["état de santé du modèle"], pt: ["status de saúde do template"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status", notes: "A Health Status API error_code (health_status.entities[].errors[], entity MESSAGE_TEMPLATE), not a Graph error response code. The send-path counterpart is 132001." },
  { code: 147001, name: "USERNAME_NOT_AVAILABLE", title: "Username not available", category: "sender", class: "usernames", summary: "The requested business username is taken, failed Meta's internal checks or is not available on the platform. Request a different username.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["username not available", "username taken"], es: ["nombre de usuario no disponible", "nombre de usuario ocupado"], fr: ["nom d'utilisateur indisponible", "nom d'utilisateur déjà pris"], pt: ["nome de usuário indisponível", "nome de usuário já em uso"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Usernames" },
  { code: 147002, name: "ACCOUNT_NOT_ELIGIBLE_FOR_USERNAME", title: "Account not eligible to request a username", category: "sender", class: "usernames", summary: "The business portfolio that owns the account and the number needs a higher messaging limit before it can request a username. Raise the messaging limit, then request the username again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["username eligibility", "not eligible for username", "not eligible to request a username"], es: ["no elegible para nombre de usuario"], fr: ["non éligible au nom d'utilisateur"], pt: ["não elegível para nome de usuário"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Usernames" },
  { code: 147003, name: "USERNAME_FACEBOOK_ACCOUNT_NOT_LINKED", title: "FB Account not linked", category: "sender", class: "usernames", summary: "The requested username already belongs to a Facebook Page, so the business phone number must be linked to that Page first. Link the number to the Page, then request the username again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["fb account not linked", "facebook page not linked", "facebook account not linked"], es: ["cuenta de facebook no vinculada"], fr: ["compte facebook non lié"], pt: ["conta do facebook não vinculada"] }, deprecatedNames: ["FB_ACCOUNT_NOT_LINKED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Usernames" },
  { code: 147004, name: "USERNAME_INSTAGRAM_ACCOUNT_NOT_LINKED", title: "IG Account not linked", category: "sender", class: "usernames", summary: "The requested username already belongs to an Instagram account, so the business phone number must be linked to that account first. Link them, then request the username again.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["ig account not linked", "instagram not linked", "instagram account not linked"], es: ["cuenta de instagram no vinculada"], fr: ["compte instagram non lié"], pt: ["conta do instagram não vinculada"] }, deprecatedNames: ["IG_ACCOUNT_NOT_LINKED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Usernames" },
  { code: 147005, name: "USERNAME_TRANSFER_REQUIRED", title: "Username transfer required", category: "sender", class: "usernames", summary: "The requested username is already in use on another business phone number of the same business portfolio. To move it to this number, send the request again with transfer_action set to force_transfer.", retry: { action: "fix-request" }, arrives: ["response"], aliases: ["UsernameTransferRequired"], keywords: { en: ["force_transfer", "username in use on another number", "username transfer"], es: ["transferencia de nombre de usuario"], fr: ["transfert du nom d'utilisateur"], pt: ["transferência de nome de usuário"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids", metaGroup: "Usernames", notes: "New on June 10, 2026 for the Business Username API (changelog); the transfer_action parameter is documented in Alibaba Cloud's UpdateWhatsappUserName reference and pywa. Meta's own error table for it was not readable here, and the title is pywa's class name in words (inferred)." },
  { code: 200005, name: "TEMPLATE_INSIGHTS_UNAVAILABLE", title: "Template insights unavailable", category: "platform", class: "template", summary: "Template insights are not available for this WhatsApp Business Account yet, so they cannot be turned on now. Do not retry for the time being.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["insights unavailable"], es: ["estadísticas de la plantilla no disponibles", "insights no disponibles"], fr: ["statistiques du modèle indisponibles"], pt: ["insights indisponíveis"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template insights" },
  { code: 200006, name: "CANNOT_DISABLE_TEMPLATE_INSIGHTS", title: "Cannot disable template insights", category: "sender", class: "template", summary: "Template insights cannot be switched off once they have been enabled on the account. Do not retry.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["disable template insights", "disable insights"], es: ["desactivar los insights"], fr: ["désactiver les statistiques"], pt: ["desativar os insights"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template insights" },
  { code: 200007, name: "TEMPLATE_INSIGHTS_NOT_ENABLED", title: "Template Insights not enabled", category: "sender", class: "template", summary: "Template insights have to be enabled on the WhatsApp Business Account before this request can succeed. Enable them, then retry.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["insights not enabled", "enable template insights"], es: ["insights no habilitados"], fr: ["statistiques non activées"], pt: ["insights não ativados"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template insights" },
  { code: 1752041, name: "MARKETING_MESSAGES_ONBOARDING_DUPLICATE_REQUEST", title: "Duplicate Request", category: "sender", class: "account-setup", summary: "The client business was already invited to onboard by a partner, so this invitation is a duplicate. No action is needed: the client's eligible accounts are onboarded automatically.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["duplicate request", "already invited"], es: ["solicitud duplicada", "invitación duplicada"], fr: ["demande en double", "déjà invité"], pt: ["solicitação duplicada", "convite duplicado"] }, deprecatedNames: ["DUPLICATE_REQUEST"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "MM API", notes: "Marketing Messages API onboarding: only the first partner that calls the intent API can file the one onboarding request a client business may have. Not a real failure in practice." },
  { code: 2593107, name: "COEXISTENCE_SYNC_REQUEST_LIMIT_REACHED", title: "Sync API already used for this phone number", category: "sender", class: "coexistence", summary: "Contacts and message history of a number onboarded from the WhatsApp Business app (coexistence) can each be synced only once, and that has already happened. To sync again, offboard and re-onboard the business.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["sync limit", "sync api already used"], es: ["límite de sincronización"], fr: ["limite de synchronisation"], pt: ["limite de sincronização"] }, deprecatedNames: ["SYNC_REQUEST_LIMIT_REACHED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Synchronization", notes: "Meta gives no short title on its 2026 page; the title paraphrases the details text. HTTP 400 from Meta's Nov/Dec 2025 error-codes pages. Retry advice: offboarding and re-onboarding the business is a change on your side, hence fix-account." },
  { code: 2593108, name: "COEXISTENCE_SYNC_WINDOW_EXPIRED", title: "Sync requested more than 24 hours after onboarding", category: "sender", class: "coexistence", summary: "Contacts and history for a coexistence number can only be synced within 24 hours of onboarding, and that time has passed. Offboard and re-onboard the business to sync.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["sync window", "sync after 24 hours", "24 hours after onboarding"], es: ["ventana de sincronización"], fr: ["fenêtre de synchronisation"], pt: ["janela de sincronização"] }, deprecatedNames: ["SYNC_WINDOW_EXPIRED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, metaGroup: "Synchronization", notes: "Meta gives no short title on its 2026 page; the title paraphrases the details text. HTTP 400 from Meta's Nov/Dec 2025 error-codes pages. Retry advice: offboarding and re-onboarding the business is a change on your side, hence fix-account." },
  { code: 2593109, name: "COEXISTENCE_HISTORY_SYNC_TURNED_OFF", title: "History sync is turned off by the business from the WhatsApp Business App", category: "sender", class: "coexistence", summary: "The business chose in the WhatsApp Business app not to share its message history, so the history sync of coexistence onboarding delivers this error instead of messages. Nothing to retry; history is only shared if the business re-onboards and agrees to share it.", retry: { action: "do-not-retry" }, arrives: ["history-webhook"], aliases: ["History sharing is turned off by the business"], keywords: { en: ["history sharing turned off", "history sync turned off"], es: ["historial desactivado", "compartir historial desactivado"], fr: ["historique désactivé", "partage de l'historique désactivé"], pt: ["histórico desativado", "compartilhamento de histórico desativado"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/history", notes: "Sent in the history webhook (history[].errors[]). The message history sync can only be started once, so sharing it later means offboarding and onboarding the business again (inferred from the coexistence onboarding page)." },
];

/** The subcode entries, sorted by code, then subcode. */
export const ERROR_SUBCODE_ENTRIES: readonly CatalogSubcodeEntry[] = [
  { code: 100, subcode: 33, name: "UNSUPPORTED_REQUEST_OBJECT_NOT_FOUND", title: "Unsupported get request", category: "sender", class: "invalid-request", summary: "The object ID in the path does not exist, cannot be loaded because of missing permissions, or does not support the operation. Check the ID and the token's access to it before calling again.", retry: { action: "fix-request" }, arrives: ["response"], aliases: ["Object with ID does not exist, cannot be loaded due to missing permissions, or does not support this operation"], keywords: { en: ["unsupported get request", "object with id does not exist"], es: ["solicitud get no soportada"], fr: ["requête get non prise en charge"], pt: ["requisição get não suportada"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", notes: "Seen as code 100 with error_subcode 33 in third-party reports (restfb/restfb#1075, roughike/flutter_facebook_login#44); the top-level (#33) form is code 33. Meta's WhatsApp pages do not show this pair, so the wording is inferred from those reports. Same cause as code 33 (for example a deleted business phone number)." },
  { code: 100, subcode: 2388012, name: "MIGRATION_PHONE_NUMBER_ALREADY_EXISTS", title: "This phone number already exists in your list of phone numbers", category: "sender", class: "registration", summary: "The number you are trying to migrate is already part of this WhatsApp Business Account. Migrate a different number.", retry: { action: "do-not-retry" }, arrives: ["response"], aliases: [], keywords: { en: ["number already exists", "already in phone number list"], es: ["el número ya existe"], fr: ["numéro existe déjà"], pt: ["número já existe"] }, deprecatedNames: ["PHONE_NUMBER_ALREADY_EXISTS"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Phone migration" },
  { code: 100, subcode: 2388019, name: "TEMPLATE_LIMIT_EXCEEDED", title: "Message Template Limit Exceeded", category: "sender", class: "template", summary: "The WhatsApp Business Account already holds the maximum number of templates (250). Delete templates you no longer use before creating new ones.", retry: { action: "fix-account" }, arrives: ["response"], aliases: [], keywords: { en: ["template limit", "too many templates"], es: ["límite de plantillas", "demasiadas plantillas"], fr: ["limite de modèles", "trop de modèles"], pt: ["limite de templates", "muitos templates"] }, deprecatedNames: ["MESSAGE_TEMPLATE_LIMIT_EXCEEDED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Send template", notes: "Listed under \"Send template errors\" on Meta's page, although it concerns creating templates." },
  { code: 100, subcode: 2388039, name: "TEMPLATE_STATUS_CANNOT_BE_CHANGED", title: "Message template status can't be changed", category: "sender", class: "template", summary: "The template cannot be edited while it is in its current status. Try the edit again once the status allows it.", retry: { action: "wait" }, arrives: ["response"], aliases: [], keywords: { en: ["template status", "status can't be changed"], es: ["estado de la plantilla no se puede cambiar"], fr: ["statut du modèle ne peut pas être modifié"], pt: ["status do template não pode ser alterado"] }, deprecatedNames: ["MESSAGE_TEMPLATE_STATUS_CANNOT_BE_CHANGED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 100, subcode: 2388040, name: "TEMPLATE_CHARACTER_LIMIT_EXCEEDED", title: "Character limit exceeded", category: "sender", class: "template", summary: "A field of the template being created is longer than allowed. Shorten the field named in the error message.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["character limit"], es: ["límite de caracteres"], fr: ["limite de caractères"], pt: ["limite de caracteres"] }, deprecatedNames: ["CHARACTER_LIMIT_EXCEEDED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 100, subcode: 2388047, name: "TEMPLATE_HEADER_FORMAT_INCORRECT", title: "Message header format is incorrect", category: "sender", class: "template", summary: "The header of the template being created is not formatted correctly. Fix it as described in the error message.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["header format"], es: ["formato del encabezado"], fr: ["format de l'en-tête"], pt: ["formato do cabeçalho"] }, deprecatedNames: ["MESSAGE_HEADER_FORMAT_INCORRECT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation", notes: "pywa also maps its body-format error to 2388047; Meta uses 2388072 for the body." },
  { code: 100, subcode: 2388072, name: "TEMPLATE_BODY_FORMAT_INCORRECT", title: "Message body format is incorrect", category: "sender", class: "template", summary: "The body of the template being created is not formatted correctly. Fix it as described in the error message.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["body format"], es: ["formato del cuerpo"], fr: ["format du corps"], pt: ["formato do corpo"] }, deprecatedNames: ["MESSAGE_BODY_FORMAT_INCORRECT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 100, subcode: 2388073, name: "TEMPLATE_FOOTER_FORMAT_INCORRECT", title: "Message footer format is incorrect", category: "sender", class: "template", summary: "The footer of the template being created is not formatted correctly. Fix it as described in the error message.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["footer format"], es: ["formato del pie de página"], fr: ["format du pied de page"], pt: ["formato do rodapé"] }, deprecatedNames: ["MESSAGE_FOOTER_FORMAT_INCORRECT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 100, subcode: 2388077, name: "INSIGHT_INVALID_PRODUCT_TYPE_COMBINATION", title: "Insight Invalid Product Type Combination", category: "sender", class: "invalid-request", summary: "An analytics query combined product types that cannot be queried together (the incoming group message type cannot be mixed with the others). Query each product type on its own.", retry: { action: "fix-request" }, arrives: ["response"], aliases: ["Unable to query this combination of product types"], keywords: { en: ["product type combination", "product_types"], es: ["combinación de tipos de producto"], fr: ["combinaison de types de produits"], pt: ["combinação de tipos de produto"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/pricing", notes: "Meta's Groups pricing/analytics example returns code 100 with error_subcode 2388077, is_transient false, error_user_title and error_user_msg." },
  { code: 100, subcode: 2388091, name: "NOT_ELIGIBLE_TO_RECEIVE_REGISTRATION_CODE", title: "This phone number isn't eligible to receive a registration code since it is not being migrated", category: "sender", class: "registration", summary: "Requesting a registration code through the phone-ownership APIs is only for numbers being migrated, and this one is not. Register and verify the number the usual way.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["receive registration code"], es: ["recibir el código de registro"], fr: ["recevoir le code d'enregistrement"], pt: ["receber o código de registro"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Phone migration", notes: "Meta lists 2388091 and 2388093 in one row (\"receive/verify\"); receive is taken as 2388091 and verify as 2388093, following the order given." },
  { code: 100, subcode: 2388093, name: "NOT_ELIGIBLE_TO_VERIFY_REGISTRATION_CODE", title: "This phone number isn't eligible to verify a registration code since it is not being migrated", category: "sender", class: "registration", summary: "Verifying a registration code through the phone-ownership APIs is only for numbers being migrated, and this one is not. Register and verify the number the usual way.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["verify registration code"], es: ["verificar el código de registro"], fr: ["vérifier le code d'enregistrement"], pt: ["verificar o código de registro"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Phone migration", notes: "Meta lists 2388091 and 2388093 in one row (\"receive/verify\"); receive is taken as 2388091 and verify as 2388093, following the order given." },
  { code: 100, subcode: 2388103, name: "CANNOT_MIGRATE_PHONE_NUMBER", title: "Cannot migrate phone number", category: "sender", class: "registration", summary: "Migrating the phone number failed, and this one code covers many causes: no webhooks on the destination account, display name not approved, source or destination account not approved or set up, no credit line, a different business, a pending \"Messaging For\" request, a number that can simply be added directly, or an internal failure. Read the title and details to see which and fix it; only the generic migration-error variant calls for simply trying again later.", retry: { action: "fix-account" }, arrives: ["response"], aliases: ["Please add this phone number in your WhatsApp account", "Registered name should be present and approved", "The WhatsApp account that this phone number is registered with is not set up correctly", "Your WhatsApp account does not have a payment account", "There was an error migrating this phone number", "This phone number belongs to a different Business Manager account", "Your WhatsApp account must be approved", "Your WhatsApp account's \"Messaging For\" request must be approved"], keywords: { en: ["cannot migrate", "phone migration", "migrate phone number"], es: ["no se puede migrar", "migrar el número"], fr: ["impossible de migrer", "migrer le numéro"], pt: ["não é possível migrar", "migrar o número"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Phone migration", notes: "Meta documents nine titles under this single code; tell them apart only by title or details. The \"not set up correctly\" variant (deprecated On-Behalf-Of ownership) tells you to contact support." },
  { code: 100, subcode: 2388293, name: "TEMPLATE_PARAMETERS_WORDS_RATIO_EXCEEDED", title: "Parameters words ratio exceeds limit", category: "sender", class: "template", summary: "The template has too many variables for the amount of text around them. Use fewer variables or write more text.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["words ratio", "too many variables"], es: ["demasiadas variables"], fr: ["trop de variables"], pt: ["muitas variáveis"] }, deprecatedNames: ["PARAMETERS_WORDS_RATIO_EXCEEDS_LIMIT"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 100, subcode: 2388299, name: "TEMPLATE_LEADING_OR_TRAILING_PARAMETER", title: "Leading or trailing parameters not allowed", category: "sender", class: "template", summary: "A variable sits at the very start or end of the template text, which is not allowed. Move it inside the text.", retry: { action: "fix-request" }, arrives: ["response"], aliases: [], keywords: { en: ["leading parameter", "trailing parameter"], es: ["variable al inicio o al final"], fr: ["variable en début ou en fin"], pt: ["variável no início ou no fim"] }, deprecatedNames: ["LEADING_OR_TRAILING_PARAMETERS_NOT_ALLOWED"], docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Template creation" },
  { code: 100, subcode: 2494100, name: "MIGRATION_ACCOUNT_IN_MAINTENANCE_MODE", title: "Account is in maintenance mode", category: "platform", class: "platform-failure", summary: "During phone number migration the business number is in maintenance mode. Retry in a few minutes.", retry: { action: "wait", minDelaySeconds: 60 }, arrives: ["response"], aliases: [], keywords: { en: ["migration maintenance"], es: ["mantenimiento durante la migración"], fr: ["maintenance pendant la migration"], pt: ["manutenção durante a migração"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", metaGroup: "Phone migration", notes: "Same wording as 131057, but returned by the phone migration APIs (Business Management API, changelog). minDelaySeconds: Meta says to try again in a few minutes; 60 s is the floor that wording implies." },
  { code: 190, subcode: 463, name: "ACCESS_TOKEN_SESSION_EXPIRED", title: "Expired", category: "sender", class: "authentication", summary: "The login session or access token behind the request has expired. Get a new access token and send the request again.", retry: { action: "refresh-token" }, arrives: ["response"], aliases: [], keywords: { en: ["session has expired"] }, docsUrl: "https://developers.facebook.com/docs/graph-api/guides/error-handling", notes: "From the authentication error subcodes of Meta's Graph API error-handling guide (463 \"Expired\"); confident: the guide's subcode table appears in its stored localized copies, and third-party code citing the guide gives the same names. The WhatsApp pages do not list it." },
  { code: 190, subcode: 467, name: "ACCESS_TOKEN_INVALID", title: "Invalid access token", category: "sender", class: "authentication", summary: "The access token is no longer valid, for example because it was revoked or the user logged out. Get a new access token and send the request again.", retry: { action: "refresh-token" }, arrives: ["response"], aliases: [], keywords: { en: ["invalid access token", "token revoked"], es: ["token de acceso inválido", "token revocado"], fr: ["jeton d'accès invalide", "jeton révoqué"], pt: ["token de acesso inválido", "token revogado"] }, docsUrl: "https://developers.facebook.com/docs/graph-api/guides/error-handling", notes: "From the authentication error subcodes of Meta's Graph API error-handling guide (467 \"Invalid access token\"); confident: the guide's subcode table appears in its stored localized copies, and third-party code citing the guide gives the same names. The WhatsApp pages do not list it." },
  { code: 130429, subcode: 2494055, name: "CLOUD_API_THROUGHPUT_REACHED", title: "Cloud API message throughput has been reached", category: "sender", class: "rate-limit", summary: "The business number has used up its Cloud API message throughput, the case shown in Meta's example rate-limit response. Retry with backoff and spread the sends out.", retry: { action: "retry-with-backoff" }, arrives: ["response"], aliases: [], keywords: { en: ["message throughput reached"], es: ["rendimiento de mensajes alcanzado"], fr: ["débit de messages atteint"], pt: ["throughput de mensagens atingido"] }, docsUrl: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes", httpStatus: 400, notes: "Meta documents error_subcode as deprecated and absent from v16.0+ responses, yet its own example response carries 2494055 under 130429." },
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
  | 131006 | 131043 | 133001 | 133002 | 133003 | 133007 | 136025 | 2388001 | 2593079 | 2593085;

/** The retired entries, sorted by code, each with its Cloud API replacement where one is known. */
export const RETIRED_ERROR_CODE_ENTRIES: readonly CatalogRetiredEntry[] = [
  { code: 400, title: "Media download error", platform: "on-premises", replacement: 131052, notes: "replacement inferred from identical titles." },
  { code: 402, title: "Business eligibility — Payment issue", platform: "on-premises", replacement: 131042, notes: "replacement inferred from identical titles (131042's 2022 title)." },
  { code: 408, title: "Message is not valid", platform: "on-premises" },
  { code: 410, title: "Message expired", platform: "on-premises" },
  { code: 429, title: "Rate limit hit", platform: "on-premises", replacement: 130429, notes: "replacement inferred from identical titles. Collides with HTTP 429: Kapso sets code = httpStatus when the body has no code, so err.code === 429 there is an HTTP status, not this retired code." },
  { code: 430, title: "Unsigned certificate", platform: "on-premises", replacement: 131045, notes: "replacement inferred from identical titles (131045's 2022 title)." },
  { code: 432, title: "Certificate ID mismatch", platform: "on-premises" },
  { code: 433, title: "Certificate signature invalid", platform: "on-premises" },
  { code: 470, title: "Re-engagement message", platform: "on-premises", replacement: 131047, notes: "replacement inferred from identical titles." },
  { code: 471, title: "Spam rate limit hit", platform: "on-premises", replacement: 131048, notes: "replacement inferred from identical titles." },
  { code: 472, title: "User's number is part of an experiment", platform: "on-premises", replacement: 130472, notes: "replacement inferred from identical titles." },
  { code: 480, title: "User potentially changed", platform: "on-premises", notes: "Related to the Cloud API identity change check (137000), which is not an exact replacement." },
  { code: 500, title: "Generic error", platform: "on-premises", replacement: 131000, notes: "replacement inferred from identical titles (131000's 2022 title). Collides with HTTP 500: Kapso sets code = httpStatus when the body has no code, so err.code === 500 there is an HTTP status, not this retired code." },
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
  { code: 1016, title: "System overloaded", platform: "on-premises", replacement: 131016, notes: "replacement inferred from matching titles (131016's 2022 title \"Service Overloaded\")." },
  { code: 1017, title: "Not Primary Master", platform: "on-premises" },
  { code: 1018, title: "Not Primary Coreapp", platform: "on-premises" },
  { code: 1021, title: "Bad User", platform: "on-premises", replacement: 131021, notes: "replacement inferred from identical titles (131021's 2022 title)." },
  { code: 1022, title: "Webhooks URL is not configured", platform: "on-premises" },
  { code: 1023, title: "Database error", platform: "on-premises" },
  { code: 1024, title: "Password Change Required", platform: "on-premises" },
  { code: 1025, title: "Invalid Request", platform: "on-premises" },
  { code: 1026, title: "Receiver incapable", platform: "on-premises", replacement: 131026, notes: "replacement inferred from identical titles (131026's pre-v16 webhook title)." },
  { code: 1028, title: "user_identity_changed needs ack", platform: "on-premises", notes: "A user_identity_changed system notification had to be acknowledged first. Related to the Cloud API identity change check (137000), which is not an exact replacement." },
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
  { code: 2388001, title: "Confirm ownership of the phone number / two-step verification must be disabled", platform: "cloud", notes: "Phone migration error on Meta's Nov and Dec 2025 error-codes pages (two rows: confirm ownership of the number before downloading the certificate; disable two-step verification); gone from the 2026 page. Third-party payloads show it as error_subcode 2388001 under code 100, so kept here rather than as a live subcode." },
  { code: 2593079, title: "WABA already marked for migration to a different solution ID", platform: "cloud", notes: "WhatsApp Business Account error on Meta's Nov and Dec 2025 error-codes pages, for the deprecated On-Behalf-Of ownership model (Meta said to contact support); gone from the 2026 page." },
  { code: 2593085, title: "WABA not eligible for OBO mobility", platform: "cloud", notes: "WhatsApp Business Account error on Meta's Nov and Dec 2025 error-codes pages: the account already belongs to the client business, or the client has not accepted the On-Behalf-Of request (deprecated model; Meta said to contact support); gone from the 2026 page." },
];

/** Codes the catalog leaves out on purpose, with the reason. */
export const EXCLUDED_ERROR_CODES: readonly CatalogExclusion[] = [
  { codes: [131058, 132008, 192, 200002, 2534050], title: "Single-source codes", reason: "Each rests on one third-party source (a note, pywa alone, a Graph reference copy, or one repository) and on no Meta WhatsApp page, so they are not shipped as documented codes." },
  { codes: [130470, 131027], title: "Probable typos in Meta's v16.0 changelog", reason: "The v16.0 changelog lists new webhook titles for 130470 (\"Re-engagement message\") and 131027 (\"Something went wrong\"); no table has them, and they are almost certainly 131047 and 131000. Useful only as typo fixtures." },
  { codes: [134103], title: "Marketing Messages API code announced without a definition", reason: "Meta's changelog (May 20, 2025) lists 134103 among new Marketing Messages API error codes, but no Meta error table defines it (the tables stop at 134102), so its meaning is unknown." },
  { codes: [135002], title: "Code seen only inside another error's message", reason: "Appears only as \"(#135002) Blocklist concurrent update\" in the message of a Meta example whose code is 139102; the code field is what counts." },
  { codes: [138011], title: "Calling code named only in an FAQ question", reason: "Meta's Calling FAQ asks how to avoid 138011 while testing call permission requests, but no Meta table gives its title or meaning; it is something in call permission requests, which is too vague to catalog." },
  { codes: [2494164, 2494165, 2494166, 2494167, 2494168, 2494176, 2494177, 2494179], title: "In-App Signup API errors", reason: "Meta's changelog (June 3, 2026) says the new In-App Signup guide covers error codes, and pywa added these eight the same day, but the guide's error table could not be read in any stored copy of Meta's pages, so the meaning, category and retry advice of each code cannot be verified from Meta. Add them once the table is read." },
];

/** Other products' codes that integrations compare beside WhatsApp's: never WhatsApp codes. */
export const FOREIGN_ERROR_CODES: readonly CatalogForeignProduct[] = [
  { product: "Facebook Graph API: Pages, Facebook Login and app-wide limits (not WhatsApp)", kind: "graph-api", codes: [17, 32, 102, 341, 80001], words: { en: ["facebook page", "pages api", "facebook login", "page access token"], es: ["página de facebook"], fr: ["page facebook"], pt: ["página do facebook"] } },
  { product: "Marketing API (ads) rate limits", kind: "meta-product", codes: [80000, 80003, 80004, 80005, 80009, 80014], words: { en: ["ads api", "ad account", "ads management", "ads insights", "custom audience", "lead ads"], es: ["cuenta publicitaria"], fr: ["compte publicitaire"], pt: ["conta de anúncios"] } },
  { product: "Messenger Platform and Instagram (Send API, Instagram Graph API)", kind: "meta-product", codes: [551, 80002, 80006, 1545041, 2018001, 2018065, 2018278, 2534022], words: { en: ["messenger", "instagram", "facebook messenger", "instagram messaging", "instagram dm", "page inbox"] } },
  { product: "MSG91 (SMS provider)", kind: "provider", codes: [103, 105, 106, 107], words: { en: ["msg91"] } },
  { product: "Twilio (Programmable Messaging and WhatsApp through Twilio)", kind: "provider", codes: [21211, 21408, 21610, 21612, 21614, 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 63001, 63003, 63005, 63007, 63010, 63012, 63013, 63015, 63016, 63018, 63019, 63020, 63021, 63022, 63024, 63025, 63027, 63028, 63029, 63030, 63032], words: { en: ["twilio"] } },
];

// The Platform: everything a GovMini app needs from its host, grouped by concern. The same
// app code runs inside Zalo (createZaloPlatform), in a plain browser, in Storybook and in
// tests (createSimulatedPlatform). Every method is promise-based and fails only with a
// PlatformError; nothing here ever returns personal data in a URL or a log.

/** Stops a subscription. Calling it twice is harmless. */
export type Unsubscribe = () => void;

/** Which implementation is behind a Platform. */
export type PlatformKind = 'zalo' | 'simulated';

/** Permissions a mini app can ask the citizen for (Zalo's `scope.*`). */
export type PermissionScope = 'userInfo' | 'phoneNumber' | 'location' | 'camera' | 'microphone';

/** What the citizen decided for each scope; a scope not yet asked is absent. */
export type PermissionSettings = Partial<Record<PermissionScope, boolean>>;

/**
 * Called before Zalo's own prompt, so the app can say in its own words why it asks (Zalo's
 * review rejects unexplained prompts). Resolve `true` to go on to the prompt, `false` if
 * the citizen declined here (the call then fails with `user_cancelled`).
 */
export type ExplainPermission = (scopes: readonly PermissionScope[]) => Promise<boolean> | boolean;

export interface UserProfile {
  /** Zalo user id, scoped to the Zalo App. */
  readonly id: string;
  readonly name: string;
  readonly avatarUrl?: string;
  /**
   * Zalo flags users who need special legal handling (minors, people with disabilities…);
   * apps must treat their data with extra care.
   */
  readonly isSensitive?: boolean;
  /** The user's id as seen by the province's Official Account, when linked. */
  readonly idByOA?: string;
  readonly followedOA?: boolean;
}

/**
 * A one-time token that the province backend exchanges with Zalo (app secret, server side)
 * for the real value. Valid about two minutes and usable once.
 */
export interface ExchangeToken {
  readonly kind: 'phoneNumber' | 'location';
  readonly token: string;
  /** Epoch milliseconds after which Zalo will refuse it. */
  readonly expiresAt: number;
}

export interface PermissionRequestOptions {
  explain?: ExplainPermission;
}

export interface IdentityApi {
  /** True only inside the Zalo app itself. */
  isInZalo(): boolean;
  /** Zalo's user access token, for the backend to verify. Never put it in a URL. */
  getAccessToken(): Promise<string>;
  /** The Zalo user id (no prompt). */
  getUserId(): Promise<string>;
  /** Name and avatar need the citizen's consent (`userInfo`); asks for it if `request` is set. */
  getProfile(options?: PermissionRequestOptions & { request?: boolean }): Promise<UserProfile>;
  /** Token for the citizen's phone number, after Zalo's consent prompt. */
  getPhoneNumberToken(options?: PermissionRequestOptions): Promise<ExchangeToken>;
}

export interface PermissionsApi {
  /** Current decisions, without prompting. */
  getSettings(): Promise<PermissionSettings>;
  /**
   * Asks for `scopes` (after `explain`, when given). Single-flight: while a prompt is open,
   * a second request for the same scopes waits for the same answer instead of opening
   * another prompt. Resolves with the settings after the prompt; a refusal is `false` there,
   * not an error.
   */
  authorize(
    scopes: readonly PermissionScope[],
    options?: PermissionRequestOptions,
  ): Promise<PermissionSettings>;
  /** Opens Zalo's permission settings for this mini app, to grant what was refused. */
  openSettings(): Promise<void>;
}

export interface StorageUsage {
  /** Bytes this app's entries take (UTF-16 size of keys and values). */
  readonly usedBytes: number;
  /** What the host allows (Zalo native storage: 5 MB for the whole mini app). */
  readonly quotaBytes: number;
}

export interface StorageEvictedEvent {
  /** Keys we wrote that the host dropped, when known. */
  readonly keys: readonly string[];
  /** True when everything this app stored is gone (cleared, reinstalled, or fully evicted). */
  readonly all: boolean;
}

/**
 * JSON-serialisable values only. Keys are namespaced per app (and per user with `forUser`),
 * so mini apps on Zalo's shared origin never see each other's data.
 */
export interface StorageApi {
  /**
   * The stored value, or `undefined`. `validate` turns unknown JSON into your type (a zod
   * schema's `parse` fits) and may throw; a value that fails it is treated as absent.
   * Rejects with `storage_evicted` if the host dropped a value we wrote.
   */
  get<T = unknown>(key: string, validate?: (value: unknown) => T): Promise<T | undefined>;
  /** Resolves only once the value is really stored; `storage_full` if it does not fit. */
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Keys of this namespace. */
  keys(): Promise<string[]>;
  /** Removes every key of this namespace (and only those). */
  clear(): Promise<void>;
  usage(): Promise<StorageUsage>;
  /** Storage for one user; `clear()` on it is what sign-out uses. */
  forUser(userId: string): StorageApi;
  /** Fires when the host is found to have dropped data we wrote. */
  onEvicted(listener: (event: StorageEvictedEvent) => void): Unsubscribe;
}

export interface LocationApi {
  /** Token for the device's location, after Zalo's prompt. */
  getToken(options?: PermissionRequestOptions): Promise<ExchangeToken>;
}

export interface PickImagesOptions {
  /** Most images the citizen may pick (default 1). */
  max?: number;
  /** Largest accepted size per file in bytes; larger files come back in `rejected`. */
  maxBytes?: number;
  /** `camera` opens the camera; `album` the gallery; `any` lets the citizen choose (default). */
  source?: 'camera' | 'album' | 'any';
}

export interface PickedImage {
  readonly file: Blob;
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

export interface PickImagesResult {
  readonly images: readonly PickedImage[];
  /** Files the citizen chose that cannot be used, and why. */
  readonly rejected: readonly {
    readonly name: string;
    readonly reason: 'too_large' | 'not_image';
  }[];
}

export interface SaveImageOptions {
  /**
   * The picture's name where the host lets us name it (a browser download, e.g.
   * `ma-qr-HS0000006H562612010001.png`); Zalo's gallery names pictures itself.
   */
  readonly fileName: string;
}

export interface MediaApi {
  /** Photos from the camera or the gallery; an empty pick is `user_cancelled`. */
  pickImages(options?: PickImagesOptions): Promise<PickImagesResult>;
  /**
   * Puts a picture in the phone's photo gallery (inside Zalo: zmp-sdk `saveImageToGallery`),
   * e.g. a VietQR code a banking app then reads with "chọn ảnh". A JPEG, PNG or WebP Blob of
   * at most about 5 MB (else TypeError / RangeError: the app's mistake). Fails with
   * `permission_denied` (the photo library is off-limits), `user_cancelled`, `unsupported`
   * (a Zalo or zmp-sdk too old to save pictures) or `not_in_zalo`.
   */
  saveImage(image: Blob, options: SaveImageOptions): Promise<void>;
}

export interface ShareContent {
  readonly title: string;
  readonly description?: string;
  /** In-app path to open, e.g. `/ho-so/000.00.06.H56-231027-0361`. No personal data. */
  readonly path?: string;
  readonly thumbnailUrl?: string;
}

export interface ShareApi {
  /** Opens the share sheet; resolves `shared: false` when the citizen closed it. */
  share(content: ShareContent): Promise<{ readonly shared: boolean }>;
  /** A link that opens this mini app at `path`. */
  getLink(content: ShareContent): Promise<string>;
}

export interface OfficialAccountApi {
  /** Follow the province's OA (Zalo asks for confirmation); `false` if the citizen declined. */
  follow(oaId: string): Promise<boolean>;
  /** Open the OA's chat, e.g. to ask a question. */
  openChat(oaId: string, message?: string): Promise<void>;
  /** Ask consent to receive status notifications; `false` if refused. */
  requestNotifications(): Promise<boolean>;
}

export type NetworkType = 'wifi' | 'cellular' | 'none' | 'unknown';

export interface NetworkState {
  readonly online: boolean;
  readonly type: NetworkType;
}

export interface SafeAreaInsets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface SystemInfo {
  readonly platform: 'android' | 'ios' | 'web' | 'unknown';
  /** The mini app's version (from the host), or `''`. */
  readonly appVersion: string;
  /** Zalo's version inside Zalo; `''` elsewhere. */
  readonly zaloVersion: string;
  readonly language: 'vi' | 'en';
  readonly darkMode: boolean;
  /** CSS pixels. */
  readonly safeArea: SafeAreaInsets;
  /**
   * The host's text scale (1 = 100 %) when it tells us; Zalo doesn't, so this is `undefined`
   * there and the app's own setting rules.
   */
  readonly textScale?: number;
}

export interface SystemApi {
  getInfo(): SystemInfo;
  getNetwork(): NetworkState;
  onNetworkChange(listener: (state: NetworkState) => void): Unsubscribe;
  onDarkModeChange(listener: (darkMode: boolean) => void): Unsubscribe;
}

export type LifecycleEvent = 'hidden' | 'shown' | 'closing';

export interface LifecycleApi {
  /** `hidden` is the moment to save: the app may be killed after it. */
  on(event: LifecycleEvent, listener: () => void): Unsubscribe;
}

/** Raw ICAO data groups read from a CCCD chip, base64-encoded, for the backend to verify. */
export interface CccdChipData {
  readonly dataGroups: Readonly<Record<string, string>>;
  /** The document security object, to verify the groups' signatures server side. */
  readonly sod: string;
}

export interface NfcApi {
  isSupported(): Promise<boolean>;
  /** Reads a CCCD chip. `mrz` is the machine-readable zone on the back of the card. */
  readCccd(options: { mrz: string }): Promise<CccdChipData>;
}

export interface Platform {
  readonly kind: PlatformKind;
  readonly identity: IdentityApi;
  readonly permissions: PermissionsApi;
  readonly storage: StorageApi;
  readonly location: LocationApi;
  readonly media: MediaApi;
  readonly share: ShareApi;
  readonly oa: OfficialAccountApi;
  readonly system: SystemApi;
  readonly lifecycle: LifecycleApi;
  readonly nfc: NfcApi;
  /** Removes listeners and timers; the platform is unusable afterwards. */
  dispose(): void;
}

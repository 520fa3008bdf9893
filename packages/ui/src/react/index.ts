// The React components of @govmini/ui, one folder each. Not here, on purpose:
// PhoneInput (`@govmini/ui/phone`, carries phone metadata) and ConfirmDialog
// (`@govmini/ui/dialog`, needs zmp-ui's Sheet, an optional peer).

// Form controls
export * from './AddressPicker';
// Actions and text
export * from './Button';
// Layout and patterns
export * from './Card';
export * from './CCCDInput';
export * from './CheckboxGroup';
export * from './DateInput';
// Feedback and status
export * from './EmptyState';
export * from './ErrorSummary';
// Provider and form parts
export * from './field';
export * from './Heading';
export * from './Link';
// Parts fetched on demand (core's lazyChunk, drawn with a placeholder and "Thử lại")
export * from './lazy';
export * from './locale';
export * from './Notice';
export * from './PhotoPicker';
export * from './provider';
export * from './RadioGroup';
export * from './Select';
export * from './ServiceGrid';
export * from './Skeleton';
export * from './Spinner';
export * from './StatusTag';
export * from './StepIndicator';
export * from './SummaryList';
export * from './TaskList';
export * from './Text';
export * from './TextArea';
export * from './TextInput';
export * from './TextSizeControl';

// @govmini/ui/dialog — ConfirmDialog, built on zmp-ui's Sheet (with the dialog role, focus trap,
// Escape and focus return that Sheet lacks). Apart from the main entry because zmp-ui is an
// optional peer: apps without it never import this.
export * from './react/ConfirmDialog';

import { Component, ErrorInfo, ReactNode } from 'react';
import { Button, Text } from '@fluentui/react-components';

export interface PaneBoundaryProps {
  readonly title: string;
  readonly message: string;
  readonly reread: string;
  readonly children: ReactNode;
}

/**
 * A render error anywhere in the pane shows a message and Baca ulang instead of a blank pane. Baca ulang
 * mounts the pane afresh, which reads the workbook again.
 */
export class PaneBoundary extends Component<PaneBoundaryProps, { failed: string | null; round: number }> {
  override state = { failed: null as string | null, round: 0 };

  static getDerivedStateFromError(error: unknown): { failed: string } {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for the developers (F12 in the pane); the user reads the message.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { failed, round } = this.state;
    if (failed === null)
      // display: contents keeps the pane's own grid; the key mounts it afresh after Baca ulang.
      return (
        <div key={round} style={{ display: 'contents' }}>
          {this.props.children}
        </div>
      );
    return (
      <div role="alert" style={{ display: 'grid', gap: 8 }}>
        <Text weight="semibold">{this.props.title}</Text>
        <Text>{`${this.props.message} (${failed})`}</Text>
        <Button appearance="primary" onClick={() => this.setState({ failed: null, round: round + 1 })}>
          {this.props.reread}
        </Button>
      </div>
    );
  }
}

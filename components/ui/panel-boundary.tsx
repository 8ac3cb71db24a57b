"use client";
import { useTranslations } from "next-intl";
import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** Which part of the screen, in the user's language, for the message and for the log. */
  name: string;
  children: ReactNode;
  className?: string;
}

// One panel of a screen that fails to render takes only itself down: the call queue keeps
// ringing while a broken map shows a message and a retry. React catches render errors only in
// a class component, so the translated words come in from the function around it.
export function PanelBoundary({ name, children, className }: Props) {
  const t = useTranslations("panel");
  return (
    <Boundary name={name} className={className} failed={t("failed")} retry={t("retry")}>
      {children}
    </Boundary>
  );
}

interface BoundaryProps extends Props {
  failed: string;
  retry: string;
}

class Boundary extends Component<BoundaryProps, { error: Error | null; attempt: number }> {
  override state = { error: null as Error | null, attempt: 0 };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[panel ${this.props.name}]`, error, info.componentStack);
  }

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <PanelContents key={attempt}>{this.props.children}</PanelContents>;
    return (
      <div
        className={`panel-failed${this.props.className ? ` ${this.props.className}` : ""}`}
        role="alert"
        data-testid="panel-failed"
        data-panel={this.props.name}
      >
        <p>
          <strong>{this.props.name}</strong>: {this.props.failed}
        </p>
        <p className="muted">{error.message}</p>
        {/* A new key mounts the panel afresh, without whatever state made it fail. */}
        <button type="button" onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>
          {this.props.retry}
        </button>
      </div>
    );
  }
}

const PanelContents = ({ children }: { children: ReactNode }) => <>{children}</>;

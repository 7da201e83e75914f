import { ChatLoading } from "@/components/chat/ChatLoading";

export default function Loading() {
  return <ChatLoading />;
}
